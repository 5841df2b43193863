package org.ducha.intake;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A complaint as taken down by an intake clerk (or sent by a client): everything the
 * intake rules check.
 *
 * @param receivedAt when it was received (with offset)
 * @param channel how it arrived
 * @param postmarkDate the postmark of a letter
 * @param recordedMessage for phone complaints outside hotline hours: taken from the
 * answering machine (留言)
 * @param reportedObject 被举报对象
 * @param location where the problem is, as told
 * @param description 交办问题基本情况, 5–5,000 characters
 * @param problemTypes one or more problem types
 * @param subType a sub-type from the dictionary, e.g. 恶臭异味
 * @param wishes 诉求
 * @param relatedReceiptNumbers earlier receipt numbers the complainant cites
 * @param regionCode the county or city it concerns, if known
 * @param complainant who complained (sealed)
 */
public record ComplaintRegistration(OffsetDateTime receivedAt, Channel channel, java.time.LocalDate postmarkDate,
		Boolean recordedMessage, ReportedObject reportedObject, String location, String description,
		List<ProblemType> problemTypes, String subType, String wishes, List<String> relatedReceiptNumbers,
		String regionCode, ComplainantDetails complainant) {

	public ComplaintRegistration {
		problemTypes = (problemTypes == null) ? List.of()
				: List.copyOf(problemTypes.stream().filter(java.util.Objects::nonNull).toList());
		relatedReceiptNumbers = (relatedReceiptNumbers == null) ? List.of()
				: relatedReceiptNumbers.stream().filter(java.util.Objects::nonNull).map(String::strip).toList();
		reportedObject = (reportedObject == null) ? ReportedObject.NONE : reportedObject;
		complainant = (complainant == null) ? ComplainantDetails.ANONYMOUS : complainant;
	}

	public boolean isRecordedMessage() {
		return Boolean.TRUE.equals(this.recordedMessage);
	}

}
