package org.ducha.followup;

import java.util.UUID;

/**
 * A follow-up call was made (or attempted). Ids and the outcome only.
 */
public record FollowUpRecorded(UUID followUpId, UUID caseId, UUID campaignId, String regionCode, Satisfaction outcome) {

}
