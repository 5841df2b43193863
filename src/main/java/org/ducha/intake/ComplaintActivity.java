package org.ducha.intake;

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
 * One line of a complaint's timeline: who did what, when, from which status to which, and
 * why.
 */
@Entity
@Table(name = "complaint_activity")
class ComplaintActivity {

	@Id
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "complaint_id")
	private Complaint complaint;

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
	private ComplaintStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status")
	private ComplaintStatus toStatus;

	private String remark;

	protected ComplaintActivity() {
	}

	ComplaintActivity(Complaint complaint, int sequence, Instant occurredAt, String actor, String action,
			ComplaintStatus fromStatus, ComplaintStatus toStatus, String remark) {
		this.id = UUID.randomUUID();
		this.complaint = complaint;
		this.sequence = sequence;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.remark = remark;
	}

	TimelineEntry toEntry() {
		return new TimelineEntry(this.sequence, this.occurredAt, this.actor, this.action, this.fromStatus,
				this.toStatus, this.remark);
	}

}
