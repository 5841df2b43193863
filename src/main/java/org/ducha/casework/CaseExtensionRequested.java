package org.ducha.casework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * 延期申请: the responsible unit asked for more time to report.
 *
 * @param caseId the case
 * @param complaintId its complaint
 * @param campaignId its campaign
 * @param regionCode the region asking
 * @param receiptNumber the complaint's receipt number
 * @param until the day asked for
 */
public record CaseExtensionRequested(UUID caseId, UUID complaintId, UUID campaignId, String regionCode,
		String receiptNumber, LocalDate until) {

}
