package org.ducha.similarity;

import java.util.UUID;

/**
 * A complaint was merged into or linked to a complaint whose case is already concluded:
 * the closed case needs the team's attention again rather than a start from zero.
 *
 * @param complaintId the new complaint
 * @param receiptNumber its 受理编号
 * @param earlierComplaintId the complaint of the closed case
 * @param caseId the concluded case
 */
public record ClosedCaseRepeated(UUID complaintId, String receiptNumber, UUID earlierComplaintId, UUID caseId) {

}
