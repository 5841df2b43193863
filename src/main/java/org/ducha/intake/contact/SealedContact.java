package org.ducha.intake.contact;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The encrypted contact of one complaint's complainant. Holds ciphertext only.
 */
@Entity
@Table(name = "sealed_contact")
class SealedContact {

	@Id
	@Column(name = "complaint_id")
	private UUID complaintId;

	@Column(name = "key_id", nullable = false)
	private String keyId;

	@Column(nullable = false)
	private String ciphertext;

	@Column(name = "sealed_at", nullable = false)
	private Instant sealedAt;

	protected SealedContact() {
	}

	SealedContact(UUID complaintId, String keyId, String ciphertext, Instant sealedAt) {
		this.complaintId = complaintId;
		this.keyId = keyId;
		this.ciphertext = ciphertext;
		this.sealedAt = sealedAt;
	}

	UUID complaintId() {
		return this.complaintId;
	}

	String keyId() {
		return this.keyId;
	}

	String ciphertext() {
		return this.ciphertext;
	}

	void resealed(String newKeyId, String newCiphertext, Instant at) {
		this.keyId = newKeyId;
		this.ciphertext = newCiphertext;
		this.sealedAt = at;
	}

}
