package org.ducha.accountability;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the dashboard counts of an accountability record: its form, whom it concerns, when
 * it was decided and the cases it is linked to.
 *
 * @param form the form (约谈 … 移送检察机关)
 * @param targetType a person or a unit
 * @param decidedOn the day of the decision
 * @param caseIds the linked cases
 */
public record AccountabilityTally(AccountabilityForm form, TargetType targetType, LocalDate decidedOn,
		List<UUID> caseIds) {

}
