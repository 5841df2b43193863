package org.ducha.followup;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import org.ducha.shared.ConflictException;

/**
 * 回访: the call-back owed to a complainant once a case is concluded. One per conclusion: a
 * case reopened and concluded again gets a new one.
 */
@Entity
@Table(name = "follow_up")
class FollowUp extends AbstractAggregateRoot<FollowUp> {

	@Id
	private UUID id;

	@Column(name = "case_id", nullable = false)
	private UUID caseId;

	@Column(name = "complaint_id", nullable = false)
	private UUID complaintId;

	@Column(name = "campaign_id", nullable = false)
	private UUID campaignId;

	@Column(name = "region_code", nullable = false)
	private String regionCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FollowUpStatus status;

	@Column(name = "skip_reason")
	private String skipReason;

	@Enumerated(EnumType.STRING)
	private FollowUpMethod method;

	@Enumerated(EnumType.STRING)
	private Satisfaction outcome;

	private String notes;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "done_at")
	private Instant doneAt;

	@Column(name = "done_by")
	private String doneBy;

	@Version
	private Integer version;

	protected FollowUp() {
	}

	FollowUp(UUID caseId, UUID complaintId, UUID campaignId, String regionCode, String skipReason, Instant now) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.complaintId = complaintId;
		this.campaignId = campaignId;
		this.regionCode = regionCode;
		this.status = (skipReason == null) ? FollowUpStatus.PENDING : FollowUpStatus.SKIPPED;
		this.skipReason = skipReason;
		this.createdAt = now;
	}

	void record(FollowUpMethod method, Satisfaction outcome, String notes, String actor, Instant now) {
		if (this.status != FollowUpStatus.PENDING) {
			throw new ConflictException("followup.notPending");
		}
		this.method = method;
		this.outcome = outcome;
		this.notes = (notes == null || notes.isBlank()) ? null : notes.strip();
		if (outcome != Satisfaction.UNREACHABLE) {
			this.status = FollowUpStatus.DONE;
			this.doneAt = now;
			this.doneBy = actor;
		}
		registerEvent(new FollowUpRecorded(this.id, this.caseId, this.campaignId, this.regionCode, outcome));
	}

	UUID caseId() {
		return this.caseId;
	}

	UUID complaintId() {
		return this.complaintId;
	}

	FollowUpView view() {
		return new FollowUpView(this.id, this.caseId, this.complaintId, this.campaignId, this.regionCode, this.status,
				this.skipReason, this.method, this.outcome, this.notes, this.createdAt, this.doneAt, this.doneBy);
	}

}
