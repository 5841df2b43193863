package org.ducha.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case file as the team and the responsible unit see it. Carries no complainant
 * identity.
 */
public record CaseView(UUID id, UUID campaignId, UUID complaintId, UUID batchId, int batchNumber, String receiptNumber,
		String channel, String description, List<String> problemTypes, String regionCode, boolean keyCase,
		boolean supervised, CaseStatus status, LocalDate transferredOn, LocalDate signDue, LocalDate reportDue,
		DeadlineColour colour, String responsibleUnit, String suggestedLeadUnit, Instant signedAt,
		String leaderInCharge, String leadUnit, String assistingUnits, String returnReason, String returnBasis,
		ExtensionView extension, Closure closure, Instant concludedAt, List<ReportView> reports,
		List<ReviewView> reviews, List<CaseTimelineEntry> timeline, Integer version) {

}
