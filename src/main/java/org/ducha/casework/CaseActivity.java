package org.ducha.casework;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One line of a case's timeline.
 */
@Entity
@Table(name = "case_activity")
class CaseActivity {

	@Id
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "case_id")
	private CaseFile caseFile;

	@Column(nullable = false)
	private int sequence;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false)
	private String actor;

	@Column(nullable = false)
	private String action;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status")
	private CaseStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status")
	private CaseStatus toStatus;

	private String remark;

	protected CaseActivity() {
	}

	CaseActivity(CaseFile caseFile, int sequence, Instant occurredAt, String actor, String action, CaseStatus from,
			CaseStatus to, String remark) {
		this.id = UUID.randomUUID();
		this.caseFile = caseFile;
		this.sequence = sequence;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.fromStatus = from;
		this.toStatus = to;
		this.remark = remark;
	}

	CaseTimelineEntry view() {
		return new CaseTimelineEntry(this.sequence, this.occurredAt, this.actor, this.action, this.fromStatus,
				this.toStatus, this.remark);
	}

}
