package org.ducha.intake;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What to look for in the complaint list. Every part is optional.
 *
 * @param campaignId in this campaign
 * @param status in this status
 * @param channel arrived this way
 * @param problemType naming this problem type
 * @param from received on or after this day
 * @param to received on or before this day
 * @param regionCode in this region or below it
 * @param receiptNumber with this receipt number (exact)
 */
public record ComplaintFilter(UUID campaignId, ComplaintStatus status, Channel channel, ProblemType problemType,
		LocalDate from, LocalDate to, String regionCode, String receiptNumber) {

	public static ComplaintFilter none() {
		return new ComplaintFilter(null, null, null, null, null, null, null, null);
	}

}
