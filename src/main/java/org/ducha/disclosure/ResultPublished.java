package org.ducha.disclosure;

import java.util.UUID;

/**
 * 公开: the redacted result of a case was published on the portal.
 *
 * @param caseId the case
 * @param receiptNumber the complaint's receipt number
 * @param batchNumber the batch the case was transferred in
 */
public record ResultPublished(UUID caseId, String receiptNumber, int batchNumber) {

}
