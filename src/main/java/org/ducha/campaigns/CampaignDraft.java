package org.ducha.campaigns;

import java.time.LocalDate;

/**
 * What it takes to set up a campaign.
 *
 * @param teamName 督察组
 * @param inspectedRegionCode six-digit code of the inspected region
 * @param inspectedRegionName its name
 * @param startDate first day of the stay
 * @param endDate last day of the stay
 * @param hotlinePhone the dedicated phone
 * @param poBox the dedicated PO box
 * @param hotlineHours windows as written, {@code 8:00-20:00}
 * @param scope 受理范围
 * @param receiptRound round digit(s) for receipt numbers
 * @param receiptUnitLetters unit letters for receipt numbers
 * @param reportDueDays days to report, 1–60 (default 7)
 */
public record CampaignDraft(String teamName, String inspectedRegionCode, String inspectedRegionName,
		LocalDate startDate, LocalDate endDate, String hotlinePhone, String poBox, String hotlineHours, String scope,
		String receiptRound, String receiptUnitLetters, Integer reportDueDays) {

}
