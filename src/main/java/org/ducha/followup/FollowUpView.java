package org.ducha.followup;

import java.time.Instant;
import java.util.UUID;

/**
 * A follow-up as the team sees it.
 */
public record FollowUpView(UUID id, UUID caseId, UUID complaintId, UUID campaignId, String regionCode,
		FollowUpStatus status, String skipReason, FollowUpMethod method, Satisfaction outcome, String notes,
		Instant createdAt, Instant doneAt, String doneBy) {

}
