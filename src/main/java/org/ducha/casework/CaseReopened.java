package org.ducha.casework;

import java.util.UUID;

/**
 * A concluded case was sent back to its unit (e.g. the complainant was not satisfied).
 * Ids and facts only.
 */
public record CaseReopened(UUID caseId, UUID complaintId, UUID campaignId, String regionCode) {

}
