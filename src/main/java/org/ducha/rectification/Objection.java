package org.ducha.rectification;

import java.time.LocalDate;
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
 * 异议: an objection lodged during the public notice of a close-out. Whoever lodged it from
 * the portal stays anonymous.
 */
@Entity
@Table(name = "rectification_objection")
class Objection {

	@Id
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "task_id")
	private RectificationTask task;

	@Column(name = "lodged_on", nullable = false)
	private LocalDate lodgedOn;

	@Column(name = "lodged_by")
	private String lodgedBy;

	@Column(nullable = false)
	private String content;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ObjectionState state;

	private String resolution;

	@Column(name = "resolved_by")
	private String resolvedBy;

	@Column(name = "resolved_on")
	private LocalDate resolvedOn;

	protected Objection() {
	}

	Objection(RectificationTask task, LocalDate lodgedOn, String lodgedBy, String content) {
		this.id = UUID.randomUUID();
		this.task = task;
		this.lodgedOn = lodgedOn;
		this.lodgedBy = lodgedBy;
		this.content = content;
		this.state = ObjectionState.OPEN;
	}

	UUID id() {
		return this.id;
	}

	boolean isOpen() {
		return this.state == ObjectionState.OPEN;
	}

	LocalDate lodgedOn() {
		return this.lodgedOn;
	}

	void resolve(boolean upheld, String resolution, String actor, LocalDate day) {
		this.state = upheld ? ObjectionState.UPHELD : ObjectionState.DISMISSED;
		this.resolution = resolution;
		this.resolvedBy = actor;
		this.resolvedOn = day;
	}

	ObjectionView view() {
		return new ObjectionView(this.id, this.lodgedOn, this.lodgedBy != null, this.content, this.state,
				this.resolution, this.resolvedOn);
	}

}
