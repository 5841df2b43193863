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
 * 一矿一策 / 一事一方案: one site under a task, with its own measures, deadline and acceptance.
 */
@Entity
@Table(name = "rectification_site")
class Site {

	@Id
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "task_id")
	private RectificationTask task;

	@Column(nullable = false)
	private String name;

	@Column(name = "region_code")
	private String regionCode;

	@Column(nullable = false)
	private String measures;

	@Column(nullable = false)
	private LocalDate deadline;

	@Column(name = "accepted_on")
	private LocalDate acceptedOn;

	private String acceptance;

	protected Site() {
	}

	Site(RectificationTask task, SiteDraft draft) {
		this.id = UUID.randomUUID();
		this.task = task;
		this.name = draft.name().strip();
		this.regionCode = draft.regionCode();
		this.measures = draft.measures().strip();
		this.deadline = draft.deadline();
	}

	UUID id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	boolean isAccepted() {
		return this.acceptedOn != null;
	}

	void accept(LocalDate day, String findings) {
		this.acceptedOn = day;
		this.acceptance = findings;
	}

	SiteView view(LocalDate today) {
		return new SiteView(this.id, this.name, this.regionCode, this.measures, this.deadline, this.acceptedOn,
				this.acceptance, this.acceptedOn == null && today.isAfter(this.deadline));
	}

}
