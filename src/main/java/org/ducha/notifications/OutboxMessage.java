package org.ducha.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * One message in the outbox, as the admin view shows it. The recipient is an officer's
 * username, or {@code complainant} (never a name or number).
 *
 * @param id the message
 * @param kind what it says
 * @param channel how it goes
 * @param campaignId its campaign
 * @param recipient who gets it
 * @param status where it stands
 * @param attempts attempts made
 * @param nextAttemptAt when the next attempt is due
 * @param lastError why the last attempt failed or was skipped
 * @param createdAt when the event caused it
 * @param sentAt when it was delivered
 */
public record OutboxMessage(UUID id, NoticeKind kind, DeliveryChannel channel, UUID campaignId, String recipient,
		OutboxStatus status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

}
