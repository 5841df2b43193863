package org.ducha.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import org.ducha.shared.ConflictException;

/**
 * 交办件: one transferred complaint in the hands of its responsible unit, from sign-for to
 * the team's accepted report. Every change goes through {@link #moveTo} against
 * {@link CaseStatus}'s table, lands on the timeline and is announced as an event.
 */
@Entity
@Table(name = "case_file")
class CaseFile extends AbstractAggregateRoot<CaseFile> {

	@Id
	private UUID id;

	@Column(name = "campaign_id", nullable = false)
	private UUID campaignId;

	@Column(name = "complaint_id", nullable = false, unique = true)
	private UUID complaintId;

	@Column(name = "batch_id", nullable = false)
	private UUID batchId;

	@Column(name = "batch_number", nullable = false)
	private int batchNumber;

	@Column(name = "receipt_number", nullable = false)
	private String receiptNumber;

	@Column(nullable = false)
	private String channel;

	@Column(nullable = false)
	private String description;

	@Column(name = "problem_types", nullable = false)
	private String problemTypes;

	@Column(name = "region_code", nullable = false)
	private String regionCode;

	@Column(name = "key_case", nullable = false)
	private boolean keyCase;

	@Column(nullable = false)
	private boolean supervised;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CaseStatus status;

	@Enumerated(EnumType.STRING)
	@Column(name = "status_before_return")
	private CaseStatus statusBeforeReturn;

	@Column(name = "transferred_on", nullable = false)
	private LocalDate transferredOn;

	@Column(name = "sign_due", nullable = false)
	private LocalDate signDue;

	@Column(name = "report_due", nullable = false)
	private LocalDate reportDue;

	@Column(name = "signed_at")
	private Instant signedAt;

	@Column(name = "responsible_unit")
	private String responsibleUnit;

	@Column(name = "suggested_lead_unit")
	private String suggestedLeadUnit;

	@Column(name = "leader_in_charge")
	private String leaderInCharge;

	@Column(name = "lead_unit")
	private String leadUnit;

	@Column(name = "assisting_units")
	private String assistingUnits;

	@Column(name = "return_reason")
	private String returnReason;

	@Column(name = "return_basis")
	private String returnBasis;

	@Column(name = "extension_until")
	private LocalDate extensionUntil;

	@Column(name = "extension_reason")
	private String extensionReason;

	@Enumerated(EnumType.STRING)
	@Column(name = "extension_state")
	private ExtensionState extensionState;

	@Enumerated(EnumType.STRING)
	private Closure closure;

	@Column(name = "concluded_at")
	private Instant concludedAt;

	@OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("round")
	private List<CaseReport> reports = new ArrayList<>();

	@OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("round")
	private List<CaseReview> reviews = new ArrayList<>();

	@OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sequence")
	private List<CaseActivity> activities = new ArrayList<>();

	@Version
	private Integer version;

	protected CaseFile() {
	}

	static CaseFile transfer(TransferBatch batch, BatchItem item, String regionCode, LocalDate signDue,
			LocalDate reportDue, String actor, Instant now, LocalDate today) {
		CaseFile file = new CaseFile();
		file.id = UUID.randomUUID();
		file.campaignId = batch.campaignId();
		file.complaintId = item.complaintId();
		file.batchId = batch.id();
		file.batchNumber = batch.number();
		file.receiptNumber = item.receiptNumber();
		file.channel = item.channel();
		file.description = item.description();
		file.problemTypes = item.problemTypes();
		file.regionCode = regionCode;
		file.keyCase = item.keyCase();
		file.supervised = item.supervised();
		file.status = CaseStatus.TRANSFERRED;
		file.transferredOn = today;
		file.signDue = signDue;
		file.reportDue = reportDue;
		file.record(now, actor, "TRANSFERRED", null, CaseStatus.TRANSFERRED, "#" + batch.number());
		file.registerEvent(new CaseTransferred(file.id, file.complaintId, file.campaignId, batch.number(), regionCode,
				file.keyCase, file.supervised));
		return file;
	}

	/**
	 * 责任单位: the government that receives the case, and the department the routing table
	 * suggests to lead.
	 */
	CaseFile assignTo(String responsibleUnit, String suggestedLeadUnit) {
		this.responsibleUnit = responsibleUnit;
		this.suggestedLeadUnit = suggestedLeadUnit;
		return this;
	}

	/**
	 * 签收: the responsible unit takes the case and names who handles it.
	 */
	void sign(String leaderInCharge, String leadUnit, String assistingUnits, String actor, Instant now) {
		moveTo(CaseStatus.SIGNED, "SIGNED", leadUnit, actor, now);
		this.signedAt = now;
		this.leaderInCharge = strip(leaderInCharge);
		this.leadUnit = strip(leadUnit);
		this.assistingUnits = strip(assistingUnits);
		registerEvent(new CaseSigned(this.id, this.complaintId, this.campaignId, this.regionCode,
				!now.isAfter(endOf(this.signDue))));
	}

	/**
	 * 退单: the unit says the case is not theirs; the team decides.
	 */
	void returnToTeam(String reason, String basis, String actor, Instant now) {
		CaseStatus before = this.status;
		moveTo(CaseStatus.RETURNED_TO_TEAM, "RETURNED_TO_TEAM", reason + "（" + basis + "）", actor, now);
		this.statusBeforeReturn = before;
		this.returnReason = reason.strip();
		this.returnBasis = basis.strip();
		registerEvent(new CaseReturnedToTeam(this.id, this.complaintId, this.campaignId, this.regionCode,
				this.receiptNumber));
	}

	/**
	 * The team re-routes a returned case to another region (new deadlines), or refuses
	 * and hands it back.
	 */
	void decideReturn(boolean reroute, String newRegionCode, LocalDate signDue, LocalDate reportDue, String remark,
			String actor, Instant now, LocalDate today) {
		if (this.status != CaseStatus.RETURNED_TO_TEAM) {
			throw new ConflictException("case.transition.illegal", this.status, CaseStatus.TRANSFERRED);
		}
		if (reroute) {
			String previous = this.regionCode;
			moveTo(CaseStatus.TRANSFERRED, "REROUTED", previous + " → " + newRegionCode + "：" + strip(remark), actor,
					now);
			this.regionCode = newRegionCode;
			this.transferredOn = today;
			this.signDue = signDue;
			this.reportDue = reportDue;
			this.signedAt = null;
			registerEvent(new CaseTransferred(this.id, this.complaintId, this.campaignId, this.batchNumber,
					newRegionCode, this.keyCase, this.supervised));
		}
		else {
			moveTo(this.statusBeforeReturn, "RETURN_REFUSED", remark, actor, now);
		}
		this.statusBeforeReturn = null;
	}

	/**
	 * 上报: submits a handling report for review.
	 */
	void submitReport(HandlingReport report, String actor, Instant now) {
		moveTo(CaseStatus.REPORTED, "REPORTED", null, actor, now);
		int round = this.reports.size() + 1;
		this.reports.add(new CaseReport(this, round, report, actor, now));
		registerEvent(new CaseReported(this.id, this.complaintId, this.campaignId, this.regionCode, round,
				!now.isAfter(endOf(this.reportDue))));
	}

	/**
	 * 审核: accepts the latest report (concluding the case with its closure status) or
	 * returns it for rework.
	 */
	void review(ReviewDecision decision, String reasons, FourChecks checks, String actor, Instant now) {
		if (this.status != CaseStatus.REPORTED) {
			throw new ConflictException("case.transition.illegal", this.status,
					(decision == ReviewDecision.ACCEPT) ? CaseStatus.CONCLUDED : CaseStatus.RETURNED);
		}
		int round = this.reports.size();
		this.reviews.add(new CaseReview(this, round, decision, reasons, checks, actor, now));
		if (decision == ReviewDecision.ACCEPT) {
			moveTo(CaseStatus.CONCLUDED, "CONCLUDED", reasons, actor, now);
			ReportView accepted = latestReport();
			this.closure = accepted.closure();
			this.concludedAt = now;
			registerEvent(new CaseConcluded(this.id, this.complaintId, this.campaignId, this.regionCode,
					accepted.verdict(), accepted.closure(), accepted.rectificationDeadline(), accepted.counts()));
		}
		else {
			moveTo(CaseStatus.RETURNED, "RETURNED", reasons, actor, now);
			registerEvent(
					new CaseReturnedForRework(this.id, this.complaintId, this.campaignId, this.regionCode, round));
		}
	}

	/**
	 * 重新办理: a concluded case goes back to its unit, e.g. when the complainant says at the
	 * follow-up that the problem is not solved. The report clock starts again from today.
	 */
	void reopen(String reason, LocalDate reportDue, String actor, Instant now) {
		moveTo(CaseStatus.RETURNED, "REOPENED", reason, actor, now);
		this.closure = null;
		this.concludedAt = null;
		this.reportDue = reportDue;
		registerEvent(new CaseReopened(this.id, this.complaintId, this.campaignId, this.regionCode));
	}

	/**
	 * 延期申请: asks for more time, before the report is due.
	 */
	void requestExtension(LocalDate until, String reason, String actor, Instant now) {
		if (!this.status.isUnderInvestigation() && this.status != CaseStatus.TRANSFERRED) {
			throw new ConflictException("case.extension.notRunning");
		}
		if (this.extensionState == ExtensionState.REQUESTED || this.extensionState == ExtensionState.APPROVED) {
			throw new ConflictException("case.extension.once");
		}
		this.extensionUntil = until;
		this.extensionReason = reason.strip();
		this.extensionState = ExtensionState.REQUESTED;
		record(now, actor, "EXTENSION_REQUESTED", this.status, this.status, until + "：" + reason.strip());
		registerEvent(new CaseExtensionRequested(this.id, this.complaintId, this.campaignId, this.regionCode,
				this.receiptNumber, until));
	}

	void decideExtension(boolean approve, String remark, String actor, Instant now) {
		if (this.extensionState != ExtensionState.REQUESTED) {
			throw new ConflictException("case.extension.noneRequested");
		}
		this.extensionState = approve ? ExtensionState.APPROVED : ExtensionState.REFUSED;
		if (approve) {
			this.reportDue = this.extensionUntil;
		}
		record(now, actor, approve ? "EXTENSION_APPROVED" : "EXTENSION_REFUSED", this.status, this.status,
				strip(remark));
	}

	/**
	 * 催办 (due soon) or 督办 (overdue), recorded once per due day.
	 */
	boolean remind(String action, LocalDate due, Instant now) {
		String remark = "due " + due;
		boolean already = this.activities.stream()
			.anyMatch((activity) -> activity.view().action().equals(action) && remark.equals(activity.view().remark()));
		if (already) {
			return false;
		}
		record(now, "system", action, this.status, this.status, remark);
		return true;
	}

	/**
	 * The deadline now running: signing while transferred, the report while under
	 * investigation.
	 * @return the due day, or null when none runs
	 */
	LocalDate runningDue() {
		return switch (this.status) {
			case TRANSFERRED -> this.signDue;
			case SIGNED, RETURNED -> this.reportDue;
			default -> null;
		};
	}

	DeadlineColour colour(LocalDate today) {
		return DeadlineColour.of(runningDue(), today);
	}

	private ReportView latestReport() {
		return this.reports.stream().max(Comparator.comparingInt(CaseReport::round)).orElseThrow().view();
	}

	private void moveTo(CaseStatus next, String action, String remark, String actor, Instant now) {
		if (!this.status.canMoveTo(next)) {
			throw new ConflictException("case.transition.illegal", this.status, next);
		}
		CaseStatus previous = this.status;
		this.status = next;
		record(now, actor, action, previous, next, remark);
	}

	private void record(Instant now, String actor, String action, CaseStatus from, CaseStatus to, String remark) {
		this.activities
			.add(new CaseActivity(this, this.activities.size() + 1, now, actor, action, from, to, strip(remark)));
	}

	private static Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(org.ducha.campaigns.CampaignDetails.CHINA_TIME).toInstant();
	}

	private static String strip(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	UUID id() {
		return this.id;
	}

	CaseStatus status() {
		return this.status;
	}

	String regionCode() {
		return this.regionCode;
	}

	UUID campaignId() {
		return this.campaignId;
	}

	LocalDate reportDue() {
		return this.reportDue;
	}

	CaseView view(LocalDate today) {
		return new CaseView(this.id, this.campaignId, this.complaintId, this.batchId, this.batchNumber,
				this.receiptNumber, this.channel, this.description, List.of(this.problemTypes.split(",")),
				this.regionCode, this.keyCase, this.supervised, this.status, this.transferredOn, this.signDue,
				this.reportDue, colour(today), this.responsibleUnit, this.suggestedLeadUnit, this.signedAt,
				this.leaderInCharge, this.leadUnit, this.assistingUnits, this.returnReason, this.returnBasis,
				(this.extensionState == null) ? null
						: new ExtensionView(this.extensionUntil, this.extensionReason, this.extensionState),
				this.closure, this.concludedAt, this.reports.stream().map(CaseReport::view).toList(),
				this.reviews.stream().map(CaseReview::view).toList(),
				this.activities.stream().map(CaseActivity::view).toList(), this.version);
	}

}
