package org.ducha.followup;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Jurisdiction;
import org.ducha.accounts.Role;
import org.ducha.casework.CaseConcluded;
import org.ducha.casework.CaseHandling;
import org.ducha.intake.ComplaintQueries;
import org.ducha.intake.ComplaintView;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.NotFoundException;
import org.ducha.shared.RuleViolationException;

/**
 * 回访台: opens a follow-up for every concluded case, records the calls, and sends a case
 * back when the complainant is not satisfied.
 */
@Service
public class FollowUpDesk {

	/** Recorded as the skip reason of anonymous complaints. */
	public static final String ANONYMOUS = "ANONYMOUS";

	/**
	 * Recorded as the skip reason when the complainant did not consent to be contacted.
	 */
	public static final String NO_CONSENT = "NO_CONSENT";

	private final FollowUps followUps;

	private final ComplaintQueries complaints;

	private final CaseHandling cases;

	private final TransactionTemplate transactions;

	private final Clock clock;

	FollowUpDesk(FollowUps followUps, ComplaintQueries complaints, CaseHandling cases, TransactionTemplate transactions,
			Clock clock) {
		this.followUps = followUps;
		this.complaints = complaints;
		this.cases = cases;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * A concluded case gets a follow-up: pending, or skipped with the reason when the
	 * complainant is anonymous or did not consent. Idempotent: a pending follow-up of the
	 * case is not duplicated.
	 * @param concluded the event
	 */
	@ApplicationModuleListener(id = "followup.open-on-conclusion")
	void on(CaseConcluded concluded) {
		if (this.followUps.findFirstByCaseIdAndStatus(concluded.caseId(), FollowUpStatus.PENDING).isPresent()) {
			return;
		}
		ComplaintView complaint = this.complaints.get(concluded.complaintId(), Jurisdiction.everywhere());
		String skip = complaint.anonymous() ? ANONYMOUS : (complaint.contactable() ? null : NO_CONSENT);
		this.followUps.save(new FollowUp(concluded.caseId(), concluded.complaintId(), concluded.campaignId(),
				concluded.regionCode(), skip, this.clock.instant()));
	}

	/**
	 * Records a follow-up call on a case's pending follow-up. 不满意 reopens the case with
	 * the notes as reason.
	 * @param caseId the case
	 * @param method how
	 * @param outcome the complainant's answer
	 * @param notes what was said (required when not satisfied)
	 * @param officer the follow-up officer
	 * @return the follow-up
	 */
	public FollowUpView record(UUID caseId, FollowUpMethod method, Satisfaction outcome, String notes,
			CurrentOfficer officer) {
		if (!officer.has(Role.FOLLOWUP_OFFICER)) {
			throw new org.springframework.security.access.AccessDeniedException("Follow-up officers only");
		}
		if (method == null || outcome == null) {
			throw new RuleViolationException(
					new FieldViolation((method == null) ? "method" : "outcome", "field.required"));
		}
		if (outcome == Satisfaction.DISSATISFIED && (notes == null || notes.isBlank())) {
			throw new RuleViolationException(new FieldViolation("notes", "followup.notes.required"));
		}
		if (notes != null && notes.length() > 2000) {
			throw new RuleViolationException(new FieldViolation("notes", "field.tooLong", 2000));
		}
		FollowUpView view = this.transactions.execute((status) -> {
			FollowUp followUp = this.followUps.findFirstByCaseIdAndStatus(caseId, FollowUpStatus.PENDING)
				.orElseThrow(() -> new NotFoundException("followup.noneOpen", caseId));
			followUp.record(method, outcome, notes, officer.username(), this.clock.instant());
			return this.followUps.save(followUp).view();
		});
		if (outcome == Satisfaction.DISSATISFIED) {
			this.cases.reopen(caseId, notes.strip(), officer.username());
		}
		return view;
	}

	public List<FollowUpView> ofCampaign(UUID campaignId) {
		return this.transactions.execute((status) -> this.followUps.findByCampaignIdOrderByCreatedAt(campaignId)
			.stream()
			.map(FollowUp::view)
			.toList());
	}

	public List<FollowUpView> ofCase(UUID caseId) {
		return this.transactions.execute(
				(status) -> this.followUps.findByCaseIdOrderByCreatedAt(caseId).stream().map(FollowUp::view).toList());
	}

	public List<FollowUpView> pending() {
		return this.transactions.execute((status) -> this.followUps.findByStatusOrderByCreatedAt(FollowUpStatus.PENDING)
			.stream()
			.map(FollowUp::view)
			.toList());
	}

}
