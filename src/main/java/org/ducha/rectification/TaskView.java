package org.ducha.rectification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A rectification task as officers see it, with its derived expected progress and colour.
 */
public record TaskView(UUID id, UUID planId, UUID campaignId, UUID problemId, UUID caseId, int seqNo, String problem,
		String target, String measures, String leadUnit, String coUnits, String leader, String responsiblePerson,
		String regionCode, TaskKind kind, LocalDate startOn, LocalDate deadline, TaskStatus status, int progress,
		Integer expectedProgress, WarningColour colour, boolean unableToFinish, String completion, UUID workGroupId,
		LocalDate noticeFrom, LocalDate noticeUntil, boolean objectionOpen, LocalDate writtenOffOn,
		LocalDate archivedOn, LocalDate nextLookbackOn, List<MilestoneView> milestones, List<ProgressView> reports,
		List<AcceptanceView> acceptances, List<ObjectionView> objections, List<LookbackView> lookbacks,
		List<SiteView> sites, List<EvidenceView> evidence, List<TaskHistoryEntry> history, Integer version) {

	@com.fasterxml.jackson.annotation.JsonProperty
	public boolean reusedEvidence() {
		return this.evidence.stream().anyMatch(EvidenceView::reused);
	}

}
