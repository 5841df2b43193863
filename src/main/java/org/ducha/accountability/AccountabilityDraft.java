package org.ducha.accountability;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An accountability decision as recorded.
 *
 * @param campaignId the campaign
 * @param targetType unit or person
 * @param targetName the unit, or the person's name
 * @param post the person's post (职务), or the unit's level
 * @param rank the person's rank (级别)
 * @param form 问责形式
 * @param reason why
 * @param caseIds the cases it concerns
 * @param decidedOn when decided
 * @param decidingBody 决定机关
 * @param documentNumber 文号
 * @param requirements what must be done (e.g. report within 30 days)
 * @param dueDate by when
 */
public record AccountabilityDraft(UUID campaignId, TargetType targetType, String targetName, String post, String rank,
		AccountabilityForm form, String reason, List<UUID> caseIds, LocalDate decidedOn, String decidingBody,
		String documentNumber, String requirements, LocalDate dueDate) {

	public AccountabilityDraft {
		caseIds = (caseIds == null) ? List.of() : List.copyOf(caseIds);
	}

}
