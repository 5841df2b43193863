package org.ducha.intake.contact;

import java.util.UUID;

/**
 * A complainant's contact was revealed to an officer (the reason stays in the reveal log;
 * the event carries ids only, for the audit trail).
 *
 * @param complaintId the complaint
 * @param revealedTo the officer's account
 */
public record ContactRevealed(UUID complaintId, String revealedTo) {

}
