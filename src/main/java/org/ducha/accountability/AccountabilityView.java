package org.ducha.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A recorded accountability decision and its follow-up; {@code overdue} is derived from
 * the due date and today.
 */
public record AccountabilityView(UUID id, UUID campaignId, TargetType targetType, String targetName, String post,
		String rank, AccountabilityForm form, String reason, List<UUID> caseIds, LocalDate decidedOn,
		String decidingBody, String documentNumber, String requirements, LocalDate dueDate, String followUp,
		boolean fulfilled, boolean overdue, String recordedBy, Instant recordedAt) {

}
