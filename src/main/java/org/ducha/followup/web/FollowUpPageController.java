package org.ducha.followup.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.casework.CaseQueries;
import org.ducha.casework.CaseView;
import org.ducha.followup.FollowUpDesk;
import org.ducha.followup.FollowUpMethod;
import org.ducha.followup.FollowUpView;
import org.ducha.followup.Satisfaction;
import org.ducha.intake.contact.ContactVault;
import org.ducha.shared.RuleViolationException;

/**
 * Follow-up pages.
 */
@Controller
class FollowUpPageController {

	private final FollowUpDesk desk;

	private final CaseQueries cases;

	private final ContactVault contacts;

	FollowUpPageController(FollowUpDesk desk, CaseQueries cases, ContactVault contacts) {
		this.desk = desk;
		this.cases = cases;
		this.contacts = contacts;
	}

	@GetMapping("/followups")
	@PreAuthorize("hasAnyRole('FOLLOWUP_OFFICER', 'TEAM_OFFICER', 'TEAM_LEADER')")
	String pending(Model model) {
		model.addAttribute("followUps", this.desk.pending());
		return "followup/list";
	}

	@GetMapping("/followups/{caseId}")
	@PreAuthorize("hasAnyRole('FOLLOWUP_OFFICER', 'TEAM_OFFICER', 'TEAM_LEADER')")
	String page(@PathVariable UUID caseId, CurrentOfficer officer, Model model) {
		return show(caseId, officer, model);
	}

	@PostMapping("/followups/{caseId}/contact")
	@PreAuthorize("hasRole('FOLLOWUP_OFFICER')")
	String reveal(@PathVariable UUID caseId, @RequestParam(required = false) String reason, CurrentOfficer officer,
			Model model) {
		CaseView caseView = this.cases.get(caseId, officer.jurisdiction());
		try {
			model.addAttribute("contact", this.contacts.reveal(caseView.complaintId(), reason, officer));
		}
		catch (RuleViolationException ex) {
			model.addAttribute("errors", ex.violations());
		}
		return show(caseId, officer, model);
	}

	@PostMapping("/followups/{caseId}")
	@PreAuthorize("hasRole('FOLLOWUP_OFFICER')")
	String recordOnPage(@PathVariable UUID caseId, @RequestParam(required = false) FollowUpMethod method,
			@RequestParam(required = false) Satisfaction outcome, @RequestParam(required = false) String notes,
			CurrentOfficer officer, Model model) {
		try {
			this.desk.record(caseId, method, outcome, notes, officer);
			return "redirect:/followups/" + caseId;
		}
		catch (RuleViolationException ex) {
			model.addAttribute("errors", ex.violations());
			return show(caseId, officer, model);
		}
	}

	private String show(UUID caseId, CurrentOfficer officer, Model model) {
		CaseView caseView = this.cases.get(caseId, officer.jurisdiction());
		List<FollowUpView> history = this.desk.ofCase(caseId);
		model.addAttribute("caseFile", caseView);
		model.addAttribute("history", history);
		model.addAttribute("pending",
				history.stream().anyMatch((f) -> f.status() == org.ducha.followup.FollowUpStatus.PENDING));
		model.addAttribute("methods", FollowUpMethod.values());
		model.addAttribute("outcomes", Satisfaction.values());
		model.addAttribute("mayReveal",
				this.contacts.mayReveal(officer) && this.contacts.holdsContactOf(caseView.complaintId()));
		return "followup/case";
	}

}
