package org.ducha.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message a worker has claimed and now delivers.
 *
 * @param id the outbox id
 * @param kind what it says
 * @param channel how it goes
 * @param recipient an officer's username, or {@link Outbox#COMPLAINANT}
 * @param complaintId the complaint, for complainant notices
 * @param args the template arguments
 * @param link a path in Ducha, or null
 * @param attempts attempts including this one
 * @param claimedAt when this worker claimed it
 */
record PendingMessage(UUID id, NoticeKind kind, DeliveryChannel channel, String recipient, UUID complaintId,
		List<String> args, String link, int attempts, Instant claimedAt) {

}
