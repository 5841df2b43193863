package org.ducha.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ducha.shared.NotFoundException;

/**
 * 站内通知: an officer's inbox, shown in the reader's language, with the unread count for the
 * navigation ({@code @notificationInbox.unreadCount(...)} in the layout).
 */
@Service("notificationInbox")
public class NotificationInbox {

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final NoticeText text;

	private final Clock clock;

	NotificationInbox(JdbcClient jdbc, Outbox outbox, NoticeText text, Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.text = text;
		this.clock = clock;
	}

	/**
	 * How many notices the officer has not read.
	 * @param username the officer
	 * @return the count
	 */
	@Transactional(readOnly = true)
	public long unreadCount(String username) {
		return this.jdbc.sql("select count(*) from notification_inbox where recipient = :recipient and read_at is null")
			.param("recipient", username)
			.query(Long.class)
			.single();
	}

	/**
	 * The officer's newest notices.
	 * @param username the officer
	 * @param locale the reader's language
	 * @param limit at most this many
	 * @return newest first
	 */
	@Transactional(readOnly = true)
	public List<InboxEntry> of(String username, Locale locale, int limit) {
		return this.jdbc
			.sql("select id, kind, args, link, created_at, read_at from notification_inbox "
					+ "where recipient = :recipient order by created_at desc, id fetch first "
					+ Math.max(1, Math.min(limit, 500)) + " rows only")
			.param("recipient", username)
			.query((rs, row) -> {
				NoticeKind kind = NoticeKind.valueOf(rs.getString("kind"));
				List<String> args = this.outbox.args(rs.getString("args"));
				return new InboxEntry(rs.getObject("id", UUID.class), kind, this.text.subject(kind, args, locale),
						this.text.body(kind, args, locale), rs.getString("link"), Outbox.instant(rs, "created_at"),
						Outbox.instant(rs, "read_at"));
			})
			.list();
	}

	/**
	 * Marks one of the officer's notices read.
	 * @param id the entry
	 * @param username the officer (another officer's entry is not found)
	 */
	@Transactional
	public void markRead(UUID id, String username) {
		int found = this.jdbc
			.sql("update notification_inbox set read_at = coalesce(read_at, :now) "
					+ "where id = :id and recipient = :recipient")
			.param("now", Outbox.utc(this.clock.instant()))
			.param("id", id)
			.param("recipient", username)
			.update();
		if (found == 0) {
			throw new NotFoundException("notice.notFound", id);
		}
	}

	/**
	 * Marks all of the officer's notices read.
	 * @param username the officer
	 * @return how many were unread
	 */
	@Transactional
	public int markAllRead(String username) {
		return this.jdbc
			.sql("update notification_inbox set read_at = :now where recipient = :recipient and read_at is null")
			.param("now", Outbox.utc(this.clock.instant()))
			.param("recipient", username)
			.update();
	}

}
