package org.ducha.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ducha.shared.ConflictException;
import org.ducha.shared.NotFoundException;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * 通知发件箱: notices are written here in the transaction of the event that causes them, one
 * row per recipient and channel under a unique de-duplication key (a redelivered event
 * adds nothing), and delivered by {@link #deliverDue(Instant)}: each message is first
 * claimed by a conditional update (so two workers never both send it), then handed to its
 * channel; failures are retried with exponential backoff and end as FAILED with the
 * reason. A claim older than the lease — a worker that died mid-way — is taken over.
 */
@Service
public class Outbox {

	/** The recipient of complainant notices; the number is opened only at sending. */
	public static final String COMPLAINANT = "complainant";

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private static final String COLUMNS = "id, kind, channel, campaign_id, recipient, complaint_id, args, link, "
			+ "status, attempts, next_attempt_at, claimed_at, last_error, created_at, sent_at";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Map<DeliveryChannel, Courier> couriers;

	private final OfficerAddresses addresses;

	private final NotificationSettings settings;

	private final Clock clock;

	Outbox(JdbcClient jdbc, JsonMapper json, List<Courier> couriers, OfficerAddresses addresses,
			NotificationSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.couriers = couriers.stream()
			.collect(Collectors.toMap(Courier::channel, Function.identity(), (a, b) -> a,
					() -> new EnumMap<>(DeliveryChannel.class)));
		this.addresses = addresses;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Writes a notice for officers, in the caller's transaction: to each one's inbox, by
	 * e-mail when an address is on file, and for urgent kinds by SMS when a mobile is on
	 * file.
	 * @param notice the notice
	 * @param officers the usernames
	 * @return the messages written (0 for a notice already written)
	 */
	@Transactional
	int enqueue(Notice notice, Collection<String> officers) {
		int written = 0;
		for (String officer : officers.stream().distinct().toList()) {
			written += insert(notice, DeliveryChannel.IN_APP, officer);
			OfficerAddresses.Addresses to = this.addresses.of(officer);
			if (to.email() != null) {
				written += insert(notice, DeliveryChannel.EMAIL, officer);
			}
			if (notice.kind().urgent() && to.phone() != null) {
				written += insert(notice, DeliveryChannel.SMS, officer);
			}
		}
		return written;
	}

	/**
	 * Writes a notice for a complainant (SMS), in the caller's transaction.
	 * @param notice the notice, naming the complaint
	 * @return the messages written (0 for a notice already written)
	 */
	@Transactional
	int enqueueForComplainant(Notice notice) {
		return insert(notice, DeliveryChannel.SMS, COMPLAINANT);
	}

	private int insert(Notice notice, DeliveryChannel channel, String recipient) {
		String key = notice.kind() + "|" + notice.subject() + "|" + recipient + "|" + channel;
		OffsetDateTime now = utc(this.clock.instant());
		return this.jdbc.sql("insert into notification_outbox (id, dedup_key, kind, channel, campaign_id, recipient, "
				+ "complaint_id, args, link, status, attempts, next_attempt_at, created_at) values (:id, :key, :kind, "
				+ ":channel, :campaign, :recipient, :complaint, :args, :link, 'PENDING', 0, :now, :now) "
				+ "on conflict do nothing")
			.param("id", UUID.randomUUID())
			.param("key", key)
			.param("kind", notice.kind().name())
			.param("channel", channel.name())
			.param("campaign", notice.campaignId())
			.param("recipient", recipient)
			.param("complaint", notice.complaintId())
			.param("args", this.json.writeValueAsString(notice.args()))
			.param("link", notice.link())
			.param("now", now)
			.update();
	}

	/**
	 * Delivers every message due at a moment, batch by batch: pending ones whose next
	 * attempt has come, and ones claimed longer ago than the lease (their worker died).
	 * Safe to run on several instances and threads at once: each message is claimed
	 * before it is sent.
	 * @param now the moment
	 * @return how many messages this run delivered
	 */
	public int deliverDue(Instant moment) {
		// the columns keep microseconds: a claim is fenced by its exact claim time
		Instant now = moment.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		int delivered = 0;
		// batch after batch until the backlog is drained: a message handled in this run
		// is no longer due
		for (int round = 0; round < 1000; round++) {
			List<UUID> due = this.jdbc
				.sql("select id from notification_outbox where (status = 'PENDING' and next_attempt_at <= :now) "
						+ "or (status = 'SENDING' and claimed_at < :stale) order by next_attempt_at fetch first "
						+ this.settings.batchSize() + " rows only")
				.param("now", utc(now))
				.param("stale", utc(now.minus(this.settings.lease())))
				.query(UUID.class)
				.list();
			for (UUID id : due) {
				delivered += deliver(id, now) ? 1 : 0;
			}
			if (due.size() < this.settings.batchSize()) {
				break;
			}
		}
		return delivered;
	}

	boolean deliver(UUID id, Instant now) {
		int claimed = this.jdbc
			.sql("update notification_outbox set status = 'SENDING', claimed_at = :now, attempts = attempts + 1 "
					+ "where id = :id and ((status = 'PENDING' and next_attempt_at <= :now) "
					+ "or (status = 'SENDING' and claimed_at < :stale))")
			.param("id", id)
			.param("now", utc(now))
			.param("stale", utc(now.minus(this.settings.lease())))
			.update();
		if (claimed == 0) {
			return false;
		}
		PendingMessage message = this.jdbc
			.sql("select id, kind, channel, recipient, complaint_id, args, link, attempts from notification_outbox "
					+ "where id = :id")
			.param("id", id)
			.query((rs, row) -> pending(rs, now))
			.single();
		try {
			Optional<String> skipped = this.couriers.get(message.channel()).deliver(message);
			if (skipped.isPresent()) {
				finish(message, OutboxStatus.SKIPPED, skipped.get(), null);
				return false;
			}
			finish(message, OutboxStatus.SENT, null, now);
			return true;
		}
		catch (RuntimeException ex) {
			String reason = reason(ex);
			if (message.attempts() >= this.settings.maxAttempts()) {
				log.warn("Notice {} ({} {}) failed for good after {} attempts: {}", message.id(), message.kind(),
						message.channel(), message.attempts(), reason);
				finish(message, OutboxStatus.FAILED, reason, null);
			}
			else {
				log.info("Notice {} ({} {}) failed, attempt {}: {}", message.id(), message.kind(), message.channel(),
						message.attempts(), reason);
				this.jdbc
					.sql("update notification_outbox set status = 'PENDING', next_attempt_at = :next, "
							+ "last_error = :reason where id = :id and status = 'SENDING' and claimed_at = :claimed")
					.param("next", utc(now.plus(this.settings.backoffAfter(message.attempts()))))
					.param("reason", reason)
					.param("id", message.id())
					.param("claimed", utc(message.claimedAt()))
					.update();
			}
			return false;
		}
	}

	private void finish(PendingMessage message, OutboxStatus status, String reason, Instant sentAt) {
		this.jdbc
			.sql("update notification_outbox set status = :status, last_error = :reason, sent_at = :sent "
					+ "where id = :id and status = 'SENDING' and claimed_at = :claimed")
			.param("status", status.name())
			.param("reason", reason)
			.param("sent", (sentAt != null) ? utc(sentAt) : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.param("id", message.id())
			.param("claimed", utc(message.claimedAt()))
			.update();
	}

	/**
	 * Puts a failed or skipped message back in the queue, due now, with a fresh count of
	 * attempts.
	 * @param id the message
	 * @return the message
	 * @throws NotFoundException when there is no such message
	 * @throws ConflictException when it is not failed or skipped
	 */
	@Transactional
	public OutboxMessage retry(UUID id) {
		OutboxMessage message = get(id);
		int updated = this.jdbc
			.sql("update notification_outbox set status = 'PENDING', attempts = 0, next_attempt_at = :now "
					+ "where id = :id and status in ('FAILED', 'SKIPPED')")
			.param("now", utc(this.clock.instant()))
			.param("id", id)
			.update();
		if (updated == 0) {
			throw new ConflictException("notice.retry.notFailed", message.status());
		}
		return get(id);
	}

	/**
	 * One message.
	 * @param id the message
	 * @return the message
	 */
	@Transactional(readOnly = true)
	public OutboxMessage get(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from notification_outbox where id = :id")
			.param("id", id)
			.query((rs, row) -> message(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("notice.notFound", id));
	}

	/**
	 * The newest messages, optionally of one status.
	 * @param status the status, or null for all
	 * @param limit at most this many
	 * @return the messages, newest first
	 */
	@Transactional(readOnly = true)
	public List<OutboxMessage> list(OutboxStatus status, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from notification_outbox where (:status is null or status = :status) "
					+ "order by created_at desc, id fetch first " + Math.max(1, Math.min(limit, 500)) + " rows only")
			.param("status", (status != null) ? status.name() : null, java.sql.Types.VARCHAR)
			.query((rs, row) -> message(rs))
			.list();
	}

	/**
	 * How many messages stand in each status.
	 * @return status → count
	 */
	@Transactional(readOnly = true)
	public Map<OutboxStatus, Long> counts() {
		Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
		for (OutboxStatus status : OutboxStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.sql("select status, count(*) as n from notification_outbox group by status")
			.query((rs, row) -> Map.entry(OutboxStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list()
			.forEach((entry) -> counts.put(entry.getKey(), entry.getValue()));
		return counts;
	}

	private PendingMessage pending(ResultSet rs, Instant claimedAt) throws SQLException {
		return new PendingMessage(rs.getObject("id", UUID.class), NoticeKind.valueOf(rs.getString("kind")),
				DeliveryChannel.valueOf(rs.getString("channel")), rs.getString("recipient"),
				rs.getObject("complaint_id", UUID.class), args(rs.getString("args")), rs.getString("link"),
				rs.getInt("attempts"), claimedAt);
	}

	private OutboxMessage message(ResultSet rs) throws SQLException {
		return new OutboxMessage(rs.getObject("id", UUID.class), NoticeKind.valueOf(rs.getString("kind")),
				DeliveryChannel.valueOf(rs.getString("channel")), rs.getObject("campaign_id", UUID.class),
				rs.getString("recipient"), OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "created_at"),
				instant(rs, "sent_at"));
	}

	List<String> args(String json) {
		return this.json.readValue(json, new TypeReference<List<String>>() {
		});
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/**
	 * A failure's reason for the admin view: the exception and its message, long digit
	 * runs (phone numbers) masked, at most 1000 characters.
	 */
	static String reason(Throwable ex) {
		StringBuilder reason = new StringBuilder(ex.getClass().getSimpleName());
		if (ex.getMessage() != null) {
			reason.append(": ").append(ex.getMessage());
		}
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		if (root != ex && root.getMessage() != null) {
			reason.append(" (")
				.append(root.getClass().getSimpleName())
				.append(": ")
				.append(root.getMessage())
				.append(')');
		}
		String masked = reason.toString().replaceAll("\\d{7,}", "*******").replaceAll("\\s+", " ");
		return (masked.length() > 1000) ? masked.substring(0, 1000) : masked;
	}

}
