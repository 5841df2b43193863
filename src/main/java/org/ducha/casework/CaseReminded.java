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
 */
public record CaseReminded(UUID caseId, UUID campaignId, String regionCode, LocalDate due, boolean overdue,
		boolean supervised) {

}
