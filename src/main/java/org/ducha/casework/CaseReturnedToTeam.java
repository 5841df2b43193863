package org.ducha.casework;

import java.util.UUID;

/**
 * 退单: the responsible unit sent a case back to the team, saying it is not theirs.
 *
 * @param caseId the case
 * @param complaintId its complaint
 * @param campaignId its campaign
 * @param regionCode the region that returned it
 * @param receiptNumber the complaint's receipt number
 */
public record CaseReturnedToTeam(UUID caseId, UUID complaintId, UUID campaignId, String regionCode,
		String receiptNumber) {

}
