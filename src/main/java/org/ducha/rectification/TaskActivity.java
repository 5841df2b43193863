package org.ducha.rectification;

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
 * One line of a task's history; nothing is ever removed from it.
 */
@Entity
@Table(name = "rectification_activity")
class TaskActivity {

	@Id
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "task_id")
	private RectificationTask task;

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
	private TaskStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status")
	private TaskStatus toStatus;

	private String remark;

	protected TaskActivity() {
	}

	TaskActivity(RectificationTask task, int sequence, Instant occurredAt, String actor, String action, TaskStatus from,
			TaskStatus to, String remark) {
		this.id = UUID.randomUUID();
		this.task = task;
		this.sequence = sequence;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.fromStatus = from;
		this.toStatus = to;
		this.remark = remark;
	}

	TaskHistoryEntry view() {
		return new TaskHistoryEntry(this.sequence, this.occurredAt, this.actor, this.action, this.fromStatus,
				this.toStatus, this.remark);
	}

}
