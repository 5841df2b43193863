package org.ducha.rectification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A file of evidence for a task, with the other tasks the same file (same checksum) was
 * also given for: a sign of a "paper close-out" (纸面销号).
 *
 * @param id the evidence
 * @param taskId the task
 * @param stage PROGRESS or CLOSEOUT
 * @param filename the file name
 * @param contentType the type read from the content
 * @param size the size in bytes
 * @param sha256 the checksum
 * @param uploadedBy the account
 * @param uploadedAt when
 * @param alsoUsedFor the other tasks given the same file (numbers as "plan seq")
 */
public record EvidenceView(UUID id, UUID taskId, EvidenceStage stage, String filename, String contentType, long size,
		String sha256, String uploadedBy, Instant uploadedAt, List<UUID> alsoUsedFor) {

	public boolean reused() {
		return !this.alsoUsedFor.isEmpty();
	}

}
