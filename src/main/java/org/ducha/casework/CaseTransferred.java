package org.ducha.casework;

import java.util.UUID;

/**
 * A case was transferred (交办) to the unit responsible for a region. Ids and facts only.
 */
public record CaseTransferred(UUID caseId, UUID complaintId, UUID campaignId, int batchNumber, String regionCode,
		boolean keyCase, boolean supervised) {

}
