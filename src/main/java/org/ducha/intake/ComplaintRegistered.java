package org.ducha.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * A complaint was registered and got its receipt number (收到).
 *
 * @param complaintId the complaint
 * @param campaignId its campaign
 * @param receiptNumber 受理编号
 * @param channel how it arrived
 * @param receivedAt when
 * @param regionCode the region concerned, if known
 * @param problemTypes its problem types
 */
public record ComplaintRegistered(UUID complaintId, UUID campaignId, String receiptNumber, Channel channel,
		Instant receivedAt, String regionCode, java.util.Set<ProblemType> problemTypes) {

}
