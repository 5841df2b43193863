package org.ducha.intake.contact;

import java.time.Instant;
import java.util.UUID;

/**
 * A recorded reveal of a complainant's contact.
 *
 * @param complaintId the complaint
 * @param revealedBy who saw the contact
 * @param revealedAt when
 * @param reason the reason stated
 */
public record RevealRecord(UUID complaintId, String revealedBy, Instant revealedAt, String reason) {

}
