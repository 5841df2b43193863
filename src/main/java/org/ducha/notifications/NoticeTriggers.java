package org.ducha.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import org.ducha.accounts.Jurisdiction;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.accounts.Role;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.casework.CaseExtensionRequested;
import org.ducha.casework.CaseQueries;
import org.ducha.casework.CaseReminded;
import org.ducha.casework.CaseReported;
import org.ducha.casework.CaseReturnedForRework;
import org.ducha.casework.CaseReturnedToTeam;
import org.ducha.casework.CaseTransferred;
import org.ducha.casework.CaseView;
import org.ducha.disclosure.ResultPublished;
import org.ducha.intake.ComplaintAccepted;
import org.ducha.intake.ComplaintHandedOver;
import org.ducha.intake.ComplaintQueries;
import org.ducha.intake.ComplaintRegistered;
import org.ducha.intake.ComplaintView;
import org.ducha.regions.Region;
import org.ducha.regions.Regions;

/**
 * Turns events into notices. Every listener runs just before the publishing transaction
 * commits, inside it ({@code BEFORE_COMMIT}), so the outbox rows are committed together
 * with the change that causes them, or not at all; the rows' de-duplication keys make a
 * second delivery of the same event harmless. Each kind is skipped when its campaign has
 * switched it off. Regions are named (尧都区), not coded.
 */
@Component
class NoticeTriggers {

	private static final List<Role> TEAM = List.of(Role.TEAM_OFFICER, Role.TEAM_LEADER);

	private final Outbox outbox;

	private final NoticeSwitches switches;

	private final OfficerAccounts officers;

	private final CampaignRegistry campaigns;

	private final ComplaintQueries complaints;

	private final CaseQueries cases;

	private final Regions regions;

	NoticeTriggers(Outbox outbox, NoticeSwitches switches, OfficerAccounts officers, CampaignRegistry campaigns,
			ComplaintQueries complaints, CaseQueries cases, Regions regions) {
		this.regions = regions;
		this.outbox = outbox;
		this.switches = switches;
		this.officers = officers;
		this.campaigns = campaigns;
		this.complaints = complaints;
		this.cases = cases;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CaseTransferred transferred) {
		notifyOfficers(new Notice(NoticeKind.BATCH_ARRIVED, transferred.campaignId(),
				transferred.campaignId() + ":" + transferred.batchNumber() + ":" + transferred.regionCode(),
				List.of(teamName(transferred.campaignId()), String.valueOf(transferred.batchNumber()),
						regionName(transferred.regionCode())),
				"/cases?campaignId=" + transferred.campaignId(), null), handlersOf(transferred.regionCode()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CaseReminded reminded) {
		NoticeKind kind = reminded.overdue()
				? (reminded.signing() ? NoticeKind.SIGN_OVERDUE : NoticeKind.REPORT_OVERDUE)
				: (reminded.signing() ? NoticeKind.SIGN_DUE_SOON : NoticeKind.REPORT_DUE_SOON);
		List<String> args = List.of(orDash(reminded.receiptNumber()), String.valueOf(reminded.due()),
				regionName(reminded.regionCode()));
		String subject = reminded.caseId() + ":" + reminded.due();
		String link = "/cases/" + reminded.caseId();
		notifyOfficers(new Notice(kind, reminded.campaignId(), subject, args, link, null),
				handlersOf(reminded.regionCode()));
		if (reminded.overdue() && reminded.supervised()) {
			notifyOfficers(new Notice(NoticeKind.SUPERVISED_OVERDUE, reminded.campaignId(), subject, args, link, null),
					this.officers.usernamesWith(Role.TEAM_LEADER, null));
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CaseReported reported) {
		notifyOfficers(new Notice(NoticeKind.REPORT_SUBMITTED, reported.campaignId(),
				reported.caseId() + ":" + reported.round(), List.of(receiptOfCase(reported.caseId()),
						regionName(reported.regionCode()), String.valueOf(reported.round())),
				"/cases/" + reported.caseId(), null), team());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CaseReturnedToTeam returned) {
		notifyOfficers(new Notice(NoticeKind.CASE_RETURNED_BY_COUNTY, returned.campaignId(),
				returned.caseId() + ":" + returned.regionCode(),
				List.of(orDash(returned.receiptNumber()), regionName(returned.regionCode())),
				"/cases/" + returned.caseId(), null), team());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CaseExtensionRequested requested) {
		notifyOfficers(new Notice(NoticeKind.EXTENSION_REQUESTED, requested.campaignId(),
				requested.caseId() + ":" + requested.until(), List.of(orDash(requested.receiptNumber()),
						regionName(requested.regionCode()), String.valueOf(requested.until())),
				"/cases/" + requested.caseId(), null), team());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CaseReturnedForRework returned) {
		notifyOfficers(new Notice(NoticeKind.REWORK_REQUESTED, returned.campaignId(),
				returned.caseId() + ":" + returned.round(),
				List.of(receiptOfCase(returned.caseId()), String.valueOf(returned.round())),
				"/cases/" + returned.caseId(), null), handlersOf(returned.regionCode()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ComplaintRegistered registered) {
		notifyComplainant(NoticeKind.COMPLAINT_RECEIVED, registered.campaignId(), registered.complaintId(),
				List.of(registered.receiptNumber(), teamName(registered.campaignId())));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ComplaintAccepted accepted) {
		notifyComplainant(NoticeKind.COMPLAINT_ACCEPTED, accepted.campaignId(), accepted.complaintId(),
				List.of(accepted.receiptNumber(), teamName(accepted.campaignId())));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ComplaintHandedOver handedOver) {
		notifyComplainant(NoticeKind.COMPLAINT_HANDED_OVER, handedOver.campaignId(), handedOver.complaintId(),
				List.of(handedOver.receiptNumber(), orDash(handedOver.receivingBody())));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ResultPublished published) {
		CaseView caseFile = this.cases.get(published.caseId(), Jurisdiction.everywhere());
		notifyComplainant(NoticeKind.RESULT_PUBLISHED, caseFile.campaignId(), caseFile.complaintId(),
				List.of(orDash(published.receiptNumber()), teamName(caseFile.campaignId()),
						String.valueOf(published.batchNumber())));
	}

	private void notifyOfficers(Notice notice, List<String> recipients) {
		if (!recipients.isEmpty() && this.switches.isOn(notice.campaignId(), notice.kind())) {
			this.outbox.enqueue(notice, recipients);
		}
	}

	private void notifyComplainant(NoticeKind kind, UUID campaignId, UUID complaintId, List<String> args) {
		if (!this.switches.isOn(campaignId, kind)) {
			return;
		}
		ComplaintView complaint = this.complaints.get(complaintId, Jurisdiction.everywhere());
		if (!complaint.anonymous() && complaint.contactable()) {
			this.outbox.enqueueForComplainant(
					new Notice(kind, campaignId, complaintId + ":" + String.join("|", args), args, null, complaintId));
		}
	}

	private List<String> handlersOf(String regionCode) {
		return (regionCode == null) ? List.of() : this.officers.usernamesWith(Role.LOCAL_HANDLER, regionCode);
	}

	private List<String> team() {
		List<String> team = new ArrayList<>();
		TEAM.forEach((role) -> team.addAll(this.officers.usernamesWith(role, null)));
		return team;
	}

	private String regionName(String code) {
		return (code == null) ? "-" : this.regions.find(code).map(Region::name).orElse(code);
	}

	private String teamName(UUID campaignId) {
		return this.campaigns.get(campaignId).teamName();
	}

	private String receiptOfCase(UUID caseId) {
		return orDash(this.cases.get(caseId, Jurisdiction.everywhere()).receiptNumber());
	}

	private static String orDash(String value) {
		return (value == null || value.isBlank()) ? "-" : value;
	}

}
