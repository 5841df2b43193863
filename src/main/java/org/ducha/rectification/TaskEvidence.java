package org.ducha.rectification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file of evidence for a task, stored outside the web root with its checksum.
 */
@Entity
@Table(name = "rectification_evidence")
class TaskEvidence {

	@Id
	private UUID id;

	@Column(name = "task_id", nullable = false)
	private UUID taskId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EvidenceStage stage;

	@Column(nullable = false)
	private String filename;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long size;

	@Column(nullable = false)
	private String sha256;

	@Column(name = "storage_key", nullable = false)
	private String storageKey;

	@Column(name = "uploaded_by", nullable = false)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected TaskEvidence() {
	}

	TaskEvidence(UUID taskId, EvidenceStage stage, String filename, String contentType, long size, String sha256,
			String storageKey, String uploadedBy, Instant uploadedAt) {
		this.id = UUID.randomUUID();
		this.taskId = taskId;
		this.stage = stage;
		this.filename = filename;
		this.contentType = contentType;
		this.size = size;
		this.sha256 = sha256;
		this.storageKey = storageKey;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	UUID taskId() {
		return this.taskId;
	}

	String sha256() {
		return this.sha256;
	}

	String storageKey() {
		return this.storageKey;
	}

	EvidenceView view(List<UUID> alsoUsedFor) {
		return new EvidenceView(this.id, this.taskId, this.stage, this.filename, this.contentType, this.size,
				this.sha256, this.uploadedBy, this.uploadedAt, alsoUsedFor);
	}

}
