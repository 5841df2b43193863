package org.ducha.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 整改方案: the inspected government's plan answering the feedback, due within 30 working
 * days of it. A campaign may also have a plan collecting the complaint cases concluded as
 * 阶段性办结.
 */
@Entity
@Table(name = "rectification_plan")
class RectificationPlan {

	@Id
	private UUID id;

	@Column(name = "campaign_id", nullable = false)
	private UUID campaignId;

	@Column(nullable = false)
	private String title;

	@Column(name = "from_cases", nullable = false)
	private boolean fromCases;

	@Column(name = "fed_back_on", nullable = false)
	private LocalDate fedBackOn;

	@Column(name = "adoption_due", nullable = false)
	private LocalDate adoptionDue;

	@Column(name = "adopted_on")
	private LocalDate adoptedOn;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private Integer version;

	protected RectificationPlan() {
	}

	RectificationPlan(UUID campaignId, String title, boolean fromCases, LocalDate fedBackOn, LocalDate adoptionDue,
			LocalDate adoptedOn, String createdBy, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.campaignId = campaignId;
		this.title = title;
		this.fromCases = fromCases;
		this.fedBackOn = fedBackOn;
		this.adoptionDue = adoptionDue;
		this.adoptedOn = adoptedOn;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	UUID id() {
		return this.id;
	}

	UUID campaignId() {
		return this.campaignId;
	}

	String title() {
		return this.title;
	}

	void adopt(LocalDate day) {
		this.adoptedOn = day;
	}

	PlanView view(LocalDate today, long tasks) {
		return new PlanView(this.id, this.campaignId, this.title, this.fromCases, this.fedBackOn, this.adoptionDue,
				this.adoptedOn, this.adoptedOn == null && today.isAfter(this.adoptionDue),
				this.adoptedOn != null && this.adoptedOn.isAfter(this.adoptionDue), tasks);
	}

}
