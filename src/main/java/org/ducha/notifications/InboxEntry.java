package org.ducha.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * One notice in an officer's inbox, in the reader's language.
 *
 * @param id the entry
 * @param kind what it is
 * @param subject the title
 * @param body the text
 * @param link a path in Ducha, or null
 * @param createdAt when it arrived
 * @param readAt when it was read, or null
 */
public record InboxEntry(UUID id, NoticeKind kind, String subject, String body, String link, Instant createdAt,
		Instant readAt) {

	public boolean unread() {
		return this.readAt == null;
	}

}
