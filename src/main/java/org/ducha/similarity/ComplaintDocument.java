package org.ducha.similarity;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What repeat detection needs to know about one complaint (信访件). Carries no complainant
 * data.
 *
 * @param complaintId the complaint's id
 * @param receiptNumber its 受理编号, may be {@code null} before acceptance
 * @param campaignId the campaign it was received in, may be {@code null}
 * @param receivedAt when it was received
 * @param regionCode the six-digit county (行政区划代码) it concerns, {@code null} when not
 * known
 * @param reportedObjectName 被举报对象 as written, may be {@code null}
 * @param reportedObjectAddress the reported object's address, may be {@code null}
 * @param location the free-text location of the problem, may be {@code null}
 * @param description 交办问题基本情况: the complaint in the complainant's words
 * @param problemTypes 问题类型 codes (AIR, WATER …), may be empty
 */
public record ComplaintDocument(UUID complaintId, String receiptNumber, UUID campaignId, Instant receivedAt,
		String regionCode, String reportedObjectName, String reportedObjectAddress, String location, String description,
		Set<String> problemTypes) {

	public ComplaintDocument {
		Objects.requireNonNull(complaintId, "complaintId");
		Objects.requireNonNull(receivedAt, "receivedAt");
		problemTypes = (problemTypes != null) ? Set.copyOf(problemTypes) : Set.of();
	}

}
