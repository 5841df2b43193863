package org.ducha.intake;

import java.util.UUID;

/**
 * A complaint was found within the team's scope (受理) and waits for transfer.
 *
 * @param complaintId the complaint
 * @param campaignId its campaign
 * @param receiptNumber 受理编号
 * @param regionCode the region concerned, if known
 */
public record ComplaintAccepted(UUID complaintId, UUID campaignId, String receiptNumber, String regionCode) {

}
