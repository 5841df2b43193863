package org.ducha.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A complaint as officers see it: the allegation and its handling, never the
 * complainant's identity.
 *
 * @param id the complaint
 * @param campaignId its campaign
 * @param receiptNumber 受理编号
 * @param status where it stands
 * @param channel how it arrived
 * @param receivedAt when
 * @param postmarkDate a letter's postmark
 * @param recordedMessage taken from the answering machine
 * @param reportedObject 被举报对象
 * @param location where
 * @param description 交办问题基本情况
 * @param problemTypes 问题类型
 * @param subType sub-type
 * @param wishes 诉求
 * @param relatedReceiptNumbers earlier numbers cited
 * @param regionCode the county or city concerned
 * @param anonymous whether the complainant stayed anonymous
 * @param contactable whether the complainant may be contacted
 * @param screening the screening, once done
 * @param registeredBy the clerk
 * @param registeredAt when registered
 * @param timeline every recorded change
 * @param routing how the region was found (对号入座)
 * @param version the optimistic-lock version
 */
public record ComplaintView(UUID id, UUID campaignId, String receiptNumber, ComplaintStatus status, Channel channel,
		Instant receivedAt, LocalDate postmarkDate, boolean recordedMessage, ReportedObject reportedObject,
		String location, String description, Set<ProblemType> problemTypes, String subType, String wishes,
		List<String> relatedReceiptNumbers, String regionCode, boolean anonymous, boolean contactable,
		Screening screening, String registeredBy, Instant registeredAt, List<TimelineEntry> timeline, Routing routing,
		Integer version) {

}
