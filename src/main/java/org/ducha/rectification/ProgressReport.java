package org.ducha.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * 调度: one periodic progress report of a task.
 */
@Entity
@Table(name = "rectification_progress")
class ProgressReport {

	@Id
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "task_id")
	private RectificationTask task;

	@Column(nullable = false)
	private int sequence;

	@Column(name = "reported_on", nullable = false)
	private LocalDate reportedOn;

	@Column(nullable = false)
	private int percent;

	@Column(nullable = false)
	private String narrative;

	@Column(name = "unable_to_finish", nullable = false)
	private boolean unableToFinish;

	@Column(name = "reported_by", nullable = false)
	private String reportedBy;

	@Column(name = "reported_at", nullable = false)
	private Instant reportedAt;

	protected ProgressReport() {
	}

	ProgressReport(RectificationTask task, int sequence, LocalDate reportedOn, int percent, String narrative,
			boolean unableToFinish, String reportedBy, Instant reportedAt) {
		this.id = UUID.randomUUID();
		this.task = task;
		this.sequence = sequence;
		this.reportedOn = reportedOn;
		this.percent = percent;
		this.narrative = narrative;
		this.unableToFinish = unableToFinish;
		this.reportedBy = reportedBy;
		this.reportedAt = reportedAt;
	}

	ProgressView view() {
		return new ProgressView(this.sequence, this.reportedOn, this.percent, this.narrative, this.unableToFinish,
				this.reportedBy);
	}

}
