package org.ducha.campaigns.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import org.ducha.campaigns.CampaignDraft;

/**
 * The campaign set-up form.
 */
public class CampaignForm {

	private String teamName;

	private String inspectedRegionCode;

	private String inspectedRegionName;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	private String hotlinePhone;

	private String poBox;

	private String hotlineHours = "8:00-20:00";

	private String scope;

	private String receiptRound;

	private String receiptUnitLetters;

	private Integer reportDueDays = 7;

	CampaignDraft toDraft() {
		return new CampaignDraft(this.teamName, this.inspectedRegionCode, this.inspectedRegionName, this.startDate,
				this.endDate, this.hotlinePhone, this.poBox, this.hotlineHours, this.scope, this.receiptRound,
				(this.receiptUnitLetters != null) ? this.receiptUnitLetters.strip().toUpperCase() : null,
				this.reportDueDays);
	}

	public String getTeamName() {
		return this.teamName;
	}

	public void setTeamName(String teamName) {
		this.teamName = teamName;
	}

	public String getInspectedRegionCode() {
		return this.inspectedRegionCode;
	}

	public void setInspectedRegionCode(String inspectedRegionCode) {
		this.inspectedRegionCode = inspectedRegionCode;
	}

	public String getInspectedRegionName() {
		return this.inspectedRegionName;
	}

	public void setInspectedRegionName(String inspectedRegionName) {
		this.inspectedRegionName = inspectedRegionName;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public String getHotlinePhone() {
		return this.hotlinePhone;
	}

	public void setHotlinePhone(String hotlinePhone) {
		this.hotlinePhone = hotlinePhone;
	}

	public String getPoBox() {
		return this.poBox;
	}

	public void setPoBox(String poBox) {
		this.poBox = poBox;
	}

	public String getHotlineHours() {
		return this.hotlineHours;
	}

	public void setHotlineHours(String hotlineHours) {
		this.hotlineHours = hotlineHours;
	}

	public String getScope() {
		return this.scope;
	}

	public void setScope(String scope) {
		this.scope = scope;
	}

	public String getReceiptRound() {
		return this.receiptRound;
	}

	public void setReceiptRound(String receiptRound) {
		this.receiptRound = receiptRound;
	}

	public String getReceiptUnitLetters() {
		return this.receiptUnitLetters;
	}

	public void setReceiptUnitLetters(String receiptUnitLetters) {
		this.receiptUnitLetters = receiptUnitLetters;
	}

	public Integer getReportDueDays() {
		return this.reportDueDays;
	}

	public void setReportDueDays(Integer reportDueDays) {
		this.reportDueDays = reportDueDays;
	}

}
