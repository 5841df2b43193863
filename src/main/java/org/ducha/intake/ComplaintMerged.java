package org.ducha.intake;

import java.util.UUID;

/**
 * A complaint was merged into an earlier one as its repeat (合并): it is not transferred on
 * its own and counts on the master.
 *
 * @param complaintId the merged complaint
 * @param campaignId its campaign
 * @param receiptNumber its 受理编号
 * @param masterId the complaint it was merged into
 * @param masterReceiptNumber the master's 受理编号
 * @param statusBefore its status before the merge
 */
public record ComplaintMerged(UUID complaintId, UUID campaignId, String receiptNumber, UUID masterId,
		String masterReceiptNumber, ComplaintStatus statusBefore) {

}
