package org.ducha.intake;

import java.util.UUID;

/**
 * A team leader undid a merge: the complaint is back on its own course.
 *
 * @param complaintId the complaint that had been merged
 * @param campaignId its campaign
 * @param receiptNumber its 受理编号
 * @param masterId the complaint it had been merged into
 * @param restoredStatus the status it is back in
 */
public record ComplaintMergeUndone(UUID complaintId, UUID campaignId, String receiptNumber, UUID masterId,
		ComplaintStatus restoredStatus) {

}
