package org.ducha.casework;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A piece of evidence attached to a case: the file is in the file store, this row keeps
 * its checksum, size and real type.
 */
@Entity
@Table(name = "case_evidence")
class CaseEvidence {

	@Id
	private UUID id;

	@Column(name = "case_id", nullable = false)
	private UUID caseId;

	@Column(nullable = false)
	private String filename;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false)
	private String sha256;

	@Column(name = "storage_key", nullable = false)
	private String storageKey;

	@Column(name = "uploaded_by", nullable = false)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected CaseEvidence() {
	}

	CaseEvidence(UUID caseId, String filename, String contentType, long sizeBytes, String sha256, String storageKey,
			String uploadedBy, Instant uploadedAt) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.filename = filename;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.storageKey = storageKey;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	String storageKey() {
		return this.storageKey;
	}

	EvidenceView view() {
		return new EvidenceView(this.id, this.caseId, this.filename, this.contentType, this.sizeBytes, this.sha256,
				this.uploadedBy, this.uploadedAt);
	}

}
