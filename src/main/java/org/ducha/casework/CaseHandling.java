package org.ducha.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Role;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.NotFoundException;
import org.ducha.shared.RegionCode;
import org.ducha.shared.RuleViolationException;

/**
 * 地方办理 and 督察组审核: what the responsible unit does with a case (sign, return, report, ask
 * for time) and what the team decides on it (review, extensions, returned cases). A local
 * handler acts only within its regions.
 */
@Service
public class CaseHandling {

	private final CaseFiles cases;

	private final Deadlines deadlines;

	private final org.ducha.campaigns.CampaignRegistry campaigns;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CaseHandling(CaseFiles cases, Deadlines deadlines, org.ducha.campaigns.CampaignRegistry campaigns,
			TransactionTemplate transactions, Clock clock) {
		this.cases = cases;
		this.deadlines = deadlines;
		this.campaigns = campaigns;
		this.transactions = transactions;
		this.clock = clock;
	}

	public CaseView sign(UUID caseId, String leaderInCharge, String leadUnit, String assistingUnits,
			CurrentOfficer officer) {
		visible(caseId, officer);
		List<FieldViolation> violations = new ArrayList<>();
		limit(violations, "leaderInCharge", leaderInCharge, 100);
		limit(violations, "leadUnit", leadUnit, 200);
		limit(violations, "assistingUnits", assistingUnits, 500);
		reject(violations);
		return change(caseId, officer, true,
				(file) -> file.sign(leaderInCharge, leadUnit, assistingUnits, officer.username(), now()));
	}

	public CaseView returnToTeam(UUID caseId, String reason, String basis, CurrentOfficer officer) {
		visible(caseId, officer);
		List<FieldViolation> violations = new ArrayList<>();
		required(violations, "reason", reason, 1000);
		required(violations, "basis", basis, 1000);
		reject(violations);
		return change(caseId, officer, true, (file) -> file.returnToTeam(reason, basis, officer.username(), now()));
	}

	public CaseView submitReport(UUID caseId, HandlingReport report, CurrentOfficer officer) {
		visible(caseId, officer);
		reject(ReportPolicy.check(report, today()));
		return change(caseId, officer, true, (file) -> file.submitReport(report, officer.username(), now()));
	}

	public CaseView requestExtension(UUID caseId, LocalDate until, String reason, CurrentOfficer officer) {
		visible(caseId, officer);
		List<FieldViolation> violations = new ArrayList<>();
		required(violations, "reason", reason, 1000);
		if (until == null) {
			violations.add(new FieldViolation("until", "field.required"));
		}
		reject(violations);
		return change(caseId, officer, true, (file) -> {
			LocalDate today = today();
			if (today.isAfter(file.reportDue())) {
				throw new RuleViolationException(
						new FieldViolation("until", "case.extension.tooLate", file.reportDue()));
			}
			if (!until.isAfter(file.reportDue())) {
				throw new RuleViolationException(
						new FieldViolation("until", "case.extension.notLater", file.reportDue()));
			}
			if (until.isAfter(file.reportDue().plusDays(30))) {
				throw new RuleViolationException(new FieldViolation("until", "case.extension.tooLong", 30));
			}
			file.requestExtension(until, reason, officer.username(), now());
		});
	}

	public CaseView decideExtension(UUID caseId, boolean approve, String remark, CurrentOfficer officer) {
		visible(caseId, officer);
		return change(caseId, officer, false,
				(file) -> file.decideExtension(approve, remark, officer.username(), now()));
	}

	public CaseView review(UUID caseId, ReviewDecision decision, String reasons, FourChecks checks,
			CurrentOfficer officer) {
		visible(caseId, officer);
		List<FieldViolation> violations = new ArrayList<>();
		FourChecks stated = (checks != null) ? checks : FourChecks.CLEAR;
		if (decision == null) {
			violations.add(new FieldViolation("decision", "field.required"));
		}
		else if (decision == ReviewDecision.RETURN) {
			required(violations, "reasons", reasons, 2000);
		}
		else if (stated.anyOpen()) {
			violations.add(new FieldViolation("checks", "review.checks.open"));
		}
		reject(violations);
		return change(caseId, officer, false,
				(file) -> file.review(decision, reasons, stated, officer.username(), now()));
	}

	/**
	 * Sends a concluded case back to its unit with the reason (回访不满意). Authorised by the
	 * caller (the follow-up module lets follow-up officers do it); the report is due
	 * again after the campaign's report-due days.
	 * @param caseId the case
	 * @param reason why
	 * @param actor who
	 * @return the reopened case
	 */
	public CaseView reopen(UUID caseId, String reason, String actor) {
		return this.transactions.execute((status) -> {
			CaseFile file = this.cases.lockById(caseId)
				.orElseThrow(() -> new NotFoundException("case.notFound", caseId));
			LocalDate today = today();
			file.reopen(reason, this.deadlines.reportDue(today, this.campaigns.get(file.campaignId())), actor, now());
			return this.cases.save(file).view(today);
		});
	}

	/**
	 * The team decides a 退单: re-route to another region (new deadlines from today) or
	 * refuse.
	 */
	public CaseView decideReturn(UUID caseId, boolean reroute, String regionCode, String remark,
			CurrentOfficer officer) {
		visible(caseId, officer);
		if (reroute && !RegionCode.isValid(regionCode)) {
			throw new RuleViolationException(new FieldViolation("regionCode", "complaint.regionCode.invalid"));
		}
		return change(caseId, officer, false, (file) -> {
			CampaignDetails campaign = this.campaigns.get(file.campaignId());
			LocalDate today = today();
			file.decideReturn(reroute, regionCode, this.deadlines.signDue(today),
					this.deadlines.reportDue(today, campaign), remark, officer.username(), now(), today);
		});
	}

	/**
	 * Refuses a case outside the officer's jurisdiction as if it did not exist, before
	 * anything else is checked, so that an outsider learns nothing from the answer.
	 */
	private void visible(UUID caseId, CurrentOfficer officer) {
		this.cases.findById(caseId)
			.filter((found) -> officer.jurisdiction().covers(found.regionCode()))
			.orElseThrow(() -> new NotFoundException("case.notFound", caseId));
	}

	private CaseView change(UUID caseId, CurrentOfficer officer, boolean localAction, Consumer<CaseFile> action) {
		return this.transactions.execute((status) -> {
			CaseFile file = this.cases.lockById(caseId)
				.filter((found) -> officer.jurisdiction().covers(found.regionCode()))
				.orElseThrow(() -> new NotFoundException("case.notFound", caseId));
			boolean team = officer.hasAny(Role.TEAM_OFFICER, Role.TEAM_LEADER);
			if (localAction ? !(officer.has(Role.LOCAL_HANDLER) || team) : !team) {
				throw new AccessDeniedException("Not permitted on this case");
			}
			action.accept(file);
			return this.cases.save(file).view(today());
		});
	}

	private Instant now() {
		return this.clock.instant();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), CampaignDetails.CHINA_TIME);
	}

	private static void reject(List<FieldViolation> violations) {
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
	}

	private static void required(List<FieldViolation> violations, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			violations.add(new FieldViolation(field, "field.required"));
		}
		else {
			limit(violations, field, value, max);
		}
	}

	private static void limit(List<FieldViolation> violations, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			violations.add(new FieldViolation(field, "field.tooLong", max));
		}
	}

}
