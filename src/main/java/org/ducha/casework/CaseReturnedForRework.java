package org.ducha.casework;

import java.util.UUID;

/**
 * The team returned a report for rework (退回重办). Ids and facts only.
 */
public record CaseReturnedForRework(UUID caseId, UUID complaintId, UUID campaignId, String regionCode, int round) {

}
