package org.ducha.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 问责记录.
 */
@Entity
@Table(name = "accountability_record")
class AccountabilityRecord {

	@Id
	private UUID id;

	@Column(name = "campaign_id", nullable = false)
	private UUID campaignId;

	@Enumerated(EnumType.STRING)
	@Column(name = "target_type", nullable = false)
	private TargetType targetType;

	@Column(name = "target_name", nullable = false)
	private String targetName;

	private String post;

	@Column(name = "target_rank")
	private String rank;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AccountabilityForm form;

	@Column(nullable = false)
	private String reason;

	@Column(name = "case_ids")
	private String caseIds;

	@Column(name = "decided_on", nullable = false)
	private LocalDate decidedOn;

	@Column(name = "deciding_body", nullable = false)
	private String decidingBody;

	@Column(name = "document_number")
	private String documentNumber;

	private String requirements;

	@Column(name = "due_date")
	private LocalDate dueDate;

	@Column(name = "follow_up")
	private String followUp;

	private boolean fulfilled;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Version
	private Integer version;

	protected AccountabilityRecord() {
	}

	AccountabilityRecord(AccountabilityDraft draft, String actor, Instant now) {
		this.id = UUID.randomUUID();
		this.campaignId = draft.campaignId();
		this.targetType = draft.targetType();
		this.targetName = draft.targetName().strip();
		this.post = strip(draft.post());
		this.rank = strip(draft.rank());
		this.form = draft.form();
		this.reason = draft.reason().strip();
		this.caseIds = draft.caseIds().isEmpty() ? null
				: draft.caseIds().stream().map(UUID::toString).collect(Collectors.joining(","));
		this.decidedOn = draft.decidedOn();
		this.decidingBody = draft.decidingBody().strip();
		this.documentNumber = strip(draft.documentNumber());
		this.requirements = strip(draft.requirements());
		this.dueDate = draft.dueDate();
		this.recordedBy = actor;
		this.recordedAt = now;
	}

	void followUp(String text, boolean fulfilled) {
		this.followUp = text.strip();
		this.fulfilled = fulfilled;
	}

	private static String strip(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * The linked cases as stored (comma-separated), as a list.
	 */
	static List<UUID> caseIds(String stored) {
		return (stored == null) ? List.of() : Arrays.stream(stored.split(",")).map(UUID::fromString).toList();
	}

	AccountabilityView view(LocalDate today) {
		List<UUID> cases = caseIds(this.caseIds);
		return new AccountabilityView(this.id, this.campaignId, this.targetType, this.targetName, this.post, this.rank,
				this.form, this.reason, cases, this.decidedOn, this.decidingBody, this.documentNumber,
				this.requirements, this.dueDate, this.followUp, this.fulfilled,
				!this.fulfilled && this.dueDate != null && today.isAfter(this.dueDate), this.recordedBy,
				this.recordedAt);
	}

}
