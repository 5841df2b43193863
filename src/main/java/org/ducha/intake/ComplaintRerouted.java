package org.ducha.intake;

import java.util.UUID;

/**
 * An officer set or corrected a complaint's region.
 *
 * @param complaintId the complaint
 * @param campaignId its campaign
 * @param receiptNumber 受理编号
 * @param regionCode the new region
 */
public record ComplaintRerouted(UUID complaintId, UUID campaignId, String receiptNumber, String regionCode) {

}
