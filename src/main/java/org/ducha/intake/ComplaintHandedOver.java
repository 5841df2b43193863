package org.ducha.intake;

import java.util.UUID;

/**
 * A complaint outside the scope was handed over to the locality (交由地方处理).
 *
 * @param complaintId the complaint
 * @param campaignId its campaign
 * @param receiptNumber 受理编号
 * @param receivingBody who received it
 */
public record ComplaintHandedOver(UUID complaintId, UUID campaignId, String receiptNumber, String receivingBody) {

}
