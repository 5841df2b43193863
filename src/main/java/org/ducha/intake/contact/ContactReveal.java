package org.ducha.intake.contact;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 查看记录: one reveal of a complainant's contact — who, when, which complaint, and the
 * reason they gave.
 */
@Entity
@Table(name = "contact_reveal")
class ContactReveal {

	@Id
	private UUID id;

	@Column(name = "complaint_id", nullable = false)
	private UUID complaintId;

	@Column(name = "revealed_by", nullable = false)
	private String revealedBy;

	@Column(name = "revealed_at", nullable = false)
	private Instant revealedAt;

	@Column(nullable = false)
	private String reason;

	protected ContactReveal() {
	}

	ContactReveal(UUID complaintId, String revealedBy, Instant revealedAt, String reason) {
		this.id = UUID.randomUUID();
		this.complaintId = complaintId;
		this.revealedBy = revealedBy;
		this.revealedAt = revealedAt;
		this.reason = reason;
	}

	RevealRecord toRecord() {
		return new RevealRecord(this.complaintId, this.revealedBy, this.revealedAt, this.reason);
	}

}
