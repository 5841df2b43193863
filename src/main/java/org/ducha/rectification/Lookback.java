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
 * 回头看: a re-check of a written-off task.
 */
@Entity
@Table(name = "rectification_lookback")
class Lookback {

	@Id
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "task_id")
	private RectificationTask task;

	@Column(name = "checked_on", nullable = false)
	private LocalDate checkedOn;

	@Column(nullable = false)
	private boolean rebound;

	@Column(nullable = false)
	private String findings;

	@Column(name = "checked_by", nullable = false)
	private String checkedBy;

	protected Lookback() {
	}

	Lookback(RectificationTask task, LocalDate checkedOn, boolean rebound, String findings, String checkedBy) {
		this.id = UUID.randomUUID();
		this.task = task;
		this.checkedOn = checkedOn;
		this.rebound = rebound;
		this.findings = findings;
		this.checkedBy = checkedBy;
	}

	LookbackView view() {
		return new LookbackView(this.checkedOn, this.rebound, this.findings, this.checkedBy);
	}

}
