package org.ducha.casework;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * The team's review of one report round.
 */
@Entity
@Table(name = "case_review")
class CaseReview {

	@Id
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "case_id")
	private CaseFile caseFile;

	@Column(nullable = false)
	private int round;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReviewDecision decision;

	private String reasons;

	@Embedded
	private FourChecks checks;

	@Column(name = "reviewed_by", nullable = false)
	private String reviewedBy;

	@Column(name = "reviewed_at", nullable = false)
	private Instant reviewedAt;

	protected CaseReview() {
	}

	CaseReview(CaseFile caseFile, int round, ReviewDecision decision, String reasons, FourChecks checks,
			String reviewedBy, Instant reviewedAt) {
		this.id = UUID.randomUUID();
		this.caseFile = caseFile;
		this.round = round;
		this.decision = decision;
		this.reasons = (reasons == null || reasons.isBlank()) ? null : reasons.strip();
		this.checks = checks;
		this.reviewedBy = reviewedBy;
		this.reviewedAt = reviewedAt;
	}

	ReviewView view() {
		return new ReviewView(this.round, this.decision, this.reasons, this.checks, this.reviewedBy, this.reviewedAt);
	}

}
