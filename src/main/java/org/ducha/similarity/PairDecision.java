package org.ducha.similarity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The standing decision on one pair of complaints. A pair has at most one; a team
 * leader's undo deletes it (the timelines keep the history).
 */
@Entity
@Table(name = "repeat_decision")
class PairDecision {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DecisionKind kind;

	/** The complaint decided on: for a merge, the repeat. */
	@Column(name = "complaint_id", nullable = false)
	private UUID complaintId;

	/** The other complaint: for a merge, the master. */
	@Column(name = "other_id", nullable = false)
	private UUID otherId;

	@Column(name = "pair_low", nullable = false)
	private UUID pairLow;

	@Column(name = "pair_high", nullable = false)
	private UUID pairHigh;

	@Column(name = "repeat_of_closed_case", nullable = false)
	private boolean repeatOfClosedCase;

	@Column(name = "decided_by", nullable = false)
	private String decidedBy;

	@Column(name = "decided_at", nullable = false)
	private Instant decidedAt;

	protected PairDecision() {
	}

	PairDecision(DecisionKind kind, UUID complaintId, UUID otherId, boolean repeatOfClosedCase, String decidedBy,
			Instant decidedAt) {
		this.id = UUID.randomUUID();
		this.kind = kind;
		this.complaintId = complaintId;
		this.otherId = otherId;
		this.pairLow = low(complaintId, otherId);
		this.pairHigh = high(complaintId, otherId);
		this.repeatOfClosedCase = repeatOfClosedCase;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	static UUID low(UUID one, UUID other) {
		return (one.compareTo(other) <= 0) ? one : other;
	}

	static UUID high(UUID one, UUID other) {
		return (one.compareTo(other) <= 0) ? other : one;
	}

	UUID id() {
		return this.id;
	}

	DecisionKind kind() {
		return this.kind;
	}

	UUID complaintId() {
		return this.complaintId;
	}

	UUID otherId() {
		return this.otherId;
	}

	boolean repeatOfClosedCase() {
		return this.repeatOfClosedCase;
	}

	String decidedBy() {
		return this.decidedBy;
	}

	Instant decidedAt() {
		return this.decidedAt;
	}

	/**
	 * The complaint of the pair that is not {@code seen}.
	 */
	UUID otherThan(UUID seen) {
		return this.complaintId.equals(seen) ? this.otherId : this.complaintId;
	}

}
