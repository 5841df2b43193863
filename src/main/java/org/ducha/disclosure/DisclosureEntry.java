package org.ducha.disclosure;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ducha.casework.Closure;
import org.ducha.casework.Verdict;
import org.ducha.shared.ConflictException;

/**
 * One row of a batch's 公开情况一览表, in the third-round columns. Its texts are already
 * redacted; publishing is an explicit, recorded act. A case first published as 阶段性办结 or
 * 未办结 gets a new row, marked as an update, when it concludes again.
 */
@Entity
@Table(name = "disclosure_entry")
class DisclosureEntry {

	@Id
	private UUID id;

	@Column(name = "campaign_id", nullable = false)
	private UUID campaignId;

	@Column(name = "case_id", nullable = false)
	private UUID caseId;

	@Column(name = "batch_id", nullable = false)
	private UUID batchId;

	@Column(name = "batch_number", nullable = false)
	private int batchNumber;

	@Column(name = "receipt_number", nullable = false)
	private String receiptNumber;

	@Column(name = "region_code", nullable = false)
	private String regionCode;

	@Column(name = "problem_types", nullable = false)
	private String problemTypes;

	@Column(nullable = false)
	private String summary;

	@Column(nullable = false)
	private String investigation;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Verdict verdict;

	@Column(name = "target_outcome")
	private String targetOutcome;

	@Column(nullable = false)
	private String actions;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Closure closure;

	private String accountability;

	@Column(name = "is_update", nullable = false)
	private boolean update;

	@Column(name = "redactions", nullable = false)
	private int redactions;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DisclosureStatus status;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "published_by")
	private String publishedBy;

	@Version
	private Integer version;

	protected DisclosureEntry() {
	}

	DisclosureEntry(UUID campaignId, UUID caseId, UUID batchId, int batchNumber, String receiptNumber,
			String regionCode, String problemTypes, PublicTexts texts, Verdict verdict, Closure closure, boolean update,
			Instant now) {
		this.id = UUID.randomUUID();
		this.campaignId = campaignId;
		this.caseId = caseId;
		this.batchId = batchId;
		this.batchNumber = batchNumber;
		this.receiptNumber = receiptNumber;
		this.regionCode = regionCode;
		this.problemTypes = problemTypes;
		this.verdict = verdict;
		this.closure = closure;
		this.update = update;
		this.status = DisclosureStatus.DRAFT;
		this.createdAt = now;
		apply(texts);
	}

	/**
	 * The editor's corrections to the redacted texts, before publication.
	 */
	void correct(PublicTexts texts) {
		if (this.status != DisclosureStatus.DRAFT) {
			throw new ConflictException("disclosure.alreadyPublished");
		}
		apply(texts);
	}

	void publish(String actor, Instant now) {
		if (this.status == DisclosureStatus.DRAFT) {
			this.status = DisclosureStatus.PUBLISHED;
			this.publishedAt = now;
			this.publishedBy = actor;
		}
	}

	private void apply(PublicTexts texts) {
		this.summary = texts.summary();
		this.investigation = texts.investigation();
		this.targetOutcome = texts.targetOutcome();
		this.actions = texts.actions();
		this.accountability = texts.accountability();
		this.redactions = texts.redactions();
	}

	DisclosureStatus status() {
		return this.status;
	}

	Closure closure() {
		return this.closure;
	}

	DisclosureRow row() {
		return new DisclosureRow(this.id, this.caseId, this.batchId, this.batchNumber, this.receiptNumber, this.summary,
				this.regionCode, java.util.List.of(this.problemTypes.split(",")), this.investigation, this.verdict,
				this.targetOutcome, this.actions, this.closure, this.accountability, this.update, this.redactions,
				this.status, this.publishedAt);
	}

}
