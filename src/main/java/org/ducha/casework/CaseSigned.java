package org.ducha.casework;

import java.util.UUID;

/**
 * The responsible unit signed for a case (签收). Ids and facts only.
 */
public record CaseSigned(UUID caseId, UUID complaintId, UUID campaignId, String regionCode, boolean onTime) {

}
