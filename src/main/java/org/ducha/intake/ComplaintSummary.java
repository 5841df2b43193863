package org.ducha.intake;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * One row of the complaint list.
 *
 * @param id the complaint
 * @param campaignId its campaign
 * @param receiptNumber 受理编号
 * @param status status
 * @param channel channel
 * @param receivedAt when received
 * @param problemTypes problem types
 * @param regionCode region concerned
 * @param reportedObjectName 被举报对象
 * @param excerpt the start of the description
 * @param description the whole description (交办问题基本情况)
 * @param subType the sub-type, e.g. 油烟
 * @param receivingBody where a handed-over complaint went
 * @param screeningReason the screening reason
 */
public record ComplaintSummary(UUID id, UUID campaignId, String receiptNumber, ComplaintStatus status, Channel channel,
		Instant receivedAt, Set<ProblemType> problemTypes, String regionCode, String reportedObjectName, String excerpt,
		String description, String subType, String receivingBody, String screeningReason) {

	static final int EXCERPT_LENGTH = 60;

	static ComplaintSummary of(UUID id, UUID campaignId, String receiptNumber, ComplaintStatus status, Channel channel,
			Instant receivedAt, Set<ProblemType> problemTypes, String regionCode, String reportedObjectName,
			String description, String subType, String receivingBody, String screeningReason) {
		String excerpt = (description.codePointCount(0, description.length()) <= EXCERPT_LENGTH) ? description
				: description.substring(0, description.offsetByCodePoints(0, EXCERPT_LENGTH)) + "…";
		return new ComplaintSummary(id, campaignId, receiptNumber, status, channel, receivedAt, problemTypes,
				regionCode, reportedObjectName, excerpt, description, subType, receivingBody, screeningReason);
	}

}
