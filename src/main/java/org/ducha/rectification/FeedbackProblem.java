package org.ducha.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ducha.shared.ConflictException;

/**
 * 督察反馈问题: one problem in the team's feedback, to be claimed (认领) in full by the inspected
 * government.
 */
@Entity
@Table(name = "rectification_problem")
class FeedbackProblem {

	@Id
	private UUID id;

	@Column(name = "campaign_id", nullable = false)
	private UUID campaignId;

	@Column(name = "seq_no", nullable = false)
	private int seqNo;

	@Column(nullable = false)
	private String content;

	private String category;

	@Column(name = "fed_back_on", nullable = false)
	private LocalDate fedBackOn;

	@Column(name = "claimed_by")
	private String claimedBy;

	@Column(name = "claimed_at")
	private Instant claimedAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private Integer version;

	protected FeedbackProblem() {
	}

	FeedbackProblem(UUID campaignId, int seqNo, String content, String category, LocalDate fedBackOn, String createdBy,
			Instant createdAt) {
		this.id = UUID.randomUUID();
		this.campaignId = campaignId;
		this.seqNo = seqNo;
		this.content = content;
		this.category = category;
		this.fedBackOn = fedBackOn;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	UUID id() {
		return this.id;
	}

	UUID campaignId() {
		return this.campaignId;
	}

	String content() {
		return this.content;
	}

	void claim(String unit, Instant now) {
		if (this.claimedBy != null) {
			throw new ConflictException("rectification.problem.claimed", this.claimedBy);
		}
		this.claimedBy = unit;
		this.claimedAt = now;
	}

	ProblemView view(long tasks) {
		return new ProblemView(this.id, this.campaignId, this.seqNo, this.content, this.category, this.fedBackOn,
				this.claimedBy, this.claimedAt, tasks);
	}

}
