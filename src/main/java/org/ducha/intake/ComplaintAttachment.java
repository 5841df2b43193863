package org.ducha.intake;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 附件: a file of a complaint. The bytes are in the file store (sealed ones encrypted);
 * this row keeps the real type, size, checksum and where the thumbnail is.
 */
@Entity
@Table(name = "complaint_attachment")
class ComplaintAttachment {

	@Id
	private UUID id;

	@Column(name = "complaint_id", nullable = false)
	private UUID complaintId;

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

	@Column(name = "thumbnail_key")
	private String thumbnailKey;

	private boolean sealed;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AttachmentSource source;

	@Column(name = "uploaded_by", nullable = false)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected ComplaintAttachment() {
	}

	ComplaintAttachment(UUID id, UUID complaintId, String filename, String contentType, long sizeBytes, String sha256,
			String storageKey, String thumbnailKey, boolean sealed, AttachmentSource source, String uploadedBy,
			Instant uploadedAt) {
		this.id = id;
		this.complaintId = complaintId;
		this.filename = filename;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.storageKey = storageKey;
		this.thumbnailKey = thumbnailKey;
		this.sealed = sealed;
		this.source = source;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	String storageKey() {
		return this.storageKey;
	}

	UUID id() {
		return this.id;
	}

	UUID complaintId() {
		return this.complaintId;
	}

	void movedTo(String newStorageKey) {
		this.storageKey = newStorageKey;
	}

	String thumbnailKey() {
		return this.thumbnailKey;
	}

	AttachmentView view() {
		return new AttachmentView(this.id, this.complaintId, this.filename, this.contentType, this.sizeBytes,
				this.sha256, this.thumbnailKey != null, this.sealed, this.source, this.uploadedBy, this.uploadedAt);
	}

}
