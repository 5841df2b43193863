package org.ducha.accountability;

import java.util.UUID;

/**
 * The follow-up of an accountability record was updated (for the audit trail).
 *
 * @param recordId the record
 * @param fulfilled whether its requirements are now fulfilled
 */
public record AccountabilityFollowedUp(UUID recordId, boolean fulfilled) {

}
