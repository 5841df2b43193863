package org.ducha.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 督察: one inspection team's stay in one region.
 */
@Entity
@Table(name = "campaign")
class Campaign {

	@Id
	private UUID id;

	@Column(name = "team_name", nullable = false)
	private String teamName;

	@Column(name = "inspected_region_code", nullable = false)
	private String inspectedRegionCode;

	@Column(name = "inspected_region_name", nullable = false)
	private String inspectedRegionName;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	@Column(name = "hotline_phone", nullable = false)
	private String hotlinePhone;

	@Column(name = "po_box", nullable = false)
	private String poBox;

	@Column(name = "hotline_hours", nullable = false)
	private String hotlineHours;

	@Column(name = "scope", nullable = false)
	private String scope;

	@Column(name = "receipt_round", nullable = false)
	private String receiptRound;

	@Column(name = "receipt_unit_letters", nullable = false)
	private String receiptUnitLetters;

	@Column(name = "report_due_days", nullable = false)
	private int reportDueDays;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Version
	private Integer version;

	protected Campaign() {
	}

	Campaign(CampaignDraft draft, HotlineHours hours, Instant createdAt, String createdBy) {
		this.id = UUID.randomUUID();
		this.teamName = draft.teamName().strip();
		this.inspectedRegionCode = draft.inspectedRegionCode();
		this.inspectedRegionName = draft.inspectedRegionName().strip();
		this.startDate = draft.startDate();
		this.endDate = draft.endDate();
		this.hotlinePhone = draft.hotlinePhone().strip();
		this.poBox = draft.poBox().strip();
		this.hotlineHours = hours.toString();
		this.scope = draft.scope().strip();
		this.receiptRound = draft.receiptRound();
		this.receiptUnitLetters = draft.receiptUnitLetters();
		this.reportDueDays = draft.reportDueDays();
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	CampaignDetails details() {
		return new CampaignDetails(this.id, this.teamName, this.inspectedRegionCode, this.inspectedRegionName,
				new StationingPeriod(this.startDate, this.endDate), this.hotlinePhone, this.poBox,
				HotlineHours.parse(this.hotlineHours), this.scope,
				new ReceiptNumberScheme(this.receiptRound, this.receiptUnitLetters), this.reportDueDays,
				this.createdAt);
	}

}
