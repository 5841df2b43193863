package org.ducha.accountability;

import java.util.List;
import java.util.UUID;

/**
 * An accountability record was entered (for the audit trail: ids and facts; the
 * official's name stays in the record).
 *
 * @param recordId the record
 * @param campaignId the campaign
 * @param targetType who is held to account
 * @param form the form of accountability
 * @param caseIds the cases it arises from
 */
public record AccountabilityRecorded(UUID recordId, UUID campaignId, TargetType targetType, AccountabilityForm form,
		List<UUID> caseIds) {

}
