package org.ducha.disclosure;

import java.util.UUID;

/**
 * A disclosure row's public text was corrected (for the audit trail: ids only; the text
 * is in the row).
 *
 * @param entryId the disclosure row
 * @param caseId its case
 */
public record DisclosureCorrected(UUID entryId, UUID caseId) {

}
