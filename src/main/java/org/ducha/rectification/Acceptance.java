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
 * 验收: the accepting unit's decision on a close-out application.
 */
@Entity
@Table(name = "rectification_acceptance")
class Acceptance {

	@Id
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "task_id")
	private RectificationTask task;

	@Column(nullable = false)
	private int sequence;

	@Column(nullable = false)
	private boolean passed;

	@Column(name = "on_site", nullable = false)
	private boolean onSite;

	@Column(name = "accepting_unit", nullable = false)
	private String acceptingUnit;

	@Column(nullable = false)
	private String findings;

	@Column(name = "decided_by", nullable = false)
	private String decidedBy;

	@Column(name = "decided_on", nullable = false)
	private LocalDate decidedOn;

	protected Acceptance() {
	}

	Acceptance(RectificationTask task, int sequence, AcceptanceDecision decision, String decidedBy,
			LocalDate decidedOn) {
		this.id = UUID.randomUUID();
		this.task = task;
		this.sequence = sequence;
		this.passed = decision.passed();
		this.onSite = decision.onSite();
		this.acceptingUnit = decision.acceptingUnit().strip();
		this.findings = decision.findings().strip();
		this.decidedBy = decidedBy;
		this.decidedOn = decidedOn;
	}

	AcceptanceView view() {
		return new AcceptanceView(this.sequence, this.passed, this.onSite, this.acceptingUnit, this.findings,
				this.decidedBy, this.decidedOn);
	}

}
