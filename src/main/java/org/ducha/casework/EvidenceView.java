package org.ducha.casework;

import java.time.Instant;
import java.util.UUID;

/**
 * An attached piece of evidence.
 *
 * @param id the evidence
 * @param caseId its case
 * @param filename the name given (cleaned)
 * @param contentType the type found in the content
 * @param size bytes
 * @param sha256 checksum
 * @param uploadedBy who
 * @param uploadedAt when
 */
public record EvidenceView(UUID id, UUID caseId, String filename, String contentType, long size, String sha256,
		String uploadedBy, Instant uploadedAt) {

}
