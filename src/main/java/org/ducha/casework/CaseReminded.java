package org.ducha.casework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A running deadline of a case is near (催办, {@code overdue} false) or passed (督办,
 * {@code overdue} true).
 *
 * @param caseId the case
 * @param campaignId its campaign
 * @param regionCode the responsible region
 * @param due the due day
 * @param overdue whether it has passed
 * @param supervised whether the case is a 督办件
 * @param receiptNumber the complaint's receipt number (for the notice)
 * @param signing whether the running deadline is signing for the case (签收), else the
 * report (上报)
 */
public record CaseReminded(UUID caseId, UUID campaignId, String regionCode, LocalDate due, boolean overdue,
		boolean supervised, String receiptNumber, boolean signing) {

	public CaseReminded(UUID caseId, UUID campaignId, String regionCode, LocalDate due, boolean overdue,
			boolean supervised) {
		this(caseId, campaignId, regionCode, due, overdue, supervised, null, false);
	}

}
