package org.ducha.rectification;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * 时间节点 of a task.
 */
@Entity
@Table(name = "rectification_milestone")
class Milestone {

	@Id
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "task_id")
	private RectificationTask task;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(nullable = false)
	private String description;

	@Column(name = "target_percent")
	private Integer targetPercent;

	@Column(name = "done_on")
	private LocalDate doneOn;

	@Column(name = "reminded_on")
	private LocalDate remindedOn;

	protected Milestone() {
	}

	Milestone(RectificationTask task, LocalDate dueOn, String description, Integer targetPercent) {
		this.id = UUID.randomUUID();
		this.task = task;
		this.dueOn = dueOn;
		this.description = description;
		this.targetPercent = targetPercent;
	}

	UUID id() {
		return this.id;
	}

	LocalDate dueOn() {
		return this.dueOn;
	}

	boolean isDone() {
		return this.doneOn != null;
	}

	void markDone(LocalDate day) {
		if (this.doneOn == null) {
			this.doneOn = day;
		}
	}

	void reopen() {
		this.doneOn = null;
		this.remindedOn = null;
	}

	boolean reachedBy(int percent) {
		return this.targetPercent != null && percent >= this.targetPercent;
	}

	boolean needsReminder() {
		return this.doneOn == null && this.remindedOn == null;
	}

	void reminded(LocalDate day) {
		this.remindedOn = day;
	}

	String description() {
		return this.description;
	}

	MilestoneView view() {
		return new MilestoneView(this.id, this.dueOn, this.description, this.targetPercent, this.doneOn);
	}

}
