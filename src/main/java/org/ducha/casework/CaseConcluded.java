package org.ducha.casework;

import java.util.UUID;

/**
 * The team accepted a report; the case is concluded with its closure status. Ids and
 * facts only.
 */
public record CaseConcluded(UUID caseId, UUID complaintId, UUID campaignId, String regionCode, Verdict verdict,
		Closure closure, java.time.LocalDate rectificationDeadline, ActionCounts counts) {

}
