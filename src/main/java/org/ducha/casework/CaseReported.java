package org.ducha.casework;

import java.util.UUID;

/**
 * A handling report was submitted (上报). Ids and facts only.
 */
public record CaseReported(UUID caseId, UUID complaintId, UUID campaignId, String regionCode, int round,
		boolean onTime) {

}
