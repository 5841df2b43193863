package org.ducha.disclosure.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.disclosure.DisclosureDesk;
import org.ducha.shared.RuleViolationException;

/**
 * The disclosure editor: a batch's redacted rows, corrections, publication.
 */
@Controller
@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
class DisclosurePageController {

	private final DisclosureDesk desk;

	private final org.ducha.casework.CaseQueries cases;

	private final org.ducha.disclosure.PublicText publicText;

	DisclosurePageController(DisclosureDesk desk, org.ducha.casework.CaseQueries cases,
			org.ducha.disclosure.PublicText publicText) {
		this.desk = desk;
		this.cases = cases;
		this.publicText = publicText;
	}

	@GetMapping("/batches/{batchId}/disclosure")
	String editor(@PathVariable UUID batchId, Model model) {
		java.util.List<org.ducha.disclosure.DisclosureRow> rows = this.desk.ofBatch(batchId);
		java.util.Map<UUID, java.util.List<org.ducha.disclosure.PublicText.Piece>> originals = new java.util.HashMap<>();
		for (org.ducha.disclosure.DisclosureRow row : rows) {
			if (row.status() == org.ducha.disclosure.DisclosureStatus.DRAFT) {
				org.ducha.casework.CaseView caseView = this.cases.get(row.caseId(),
						org.ducha.accounts.Jurisdiction.everywhere());
				org.ducha.casework.ReportView report = caseView.reports().get(caseView.reports().size() - 1);
				originals.put(row.id(),
						this.publicText.highlight(String.join("\n",
								java.util.stream.Stream
									.of(caseView.description(), report.investigation(), report.targetOutcome(),
											report.actions(), report.accountability())
									.filter(java.util.Objects::nonNull)
									.toList())));
			}
		}
		model.addAttribute("batchId", batchId);
		model.addAttribute("rows", rows);
		model.addAttribute("originals", originals);
		return "disclosure/editor";
	}

	@PostMapping("/batches/{batchId}/disclosure/{entryId}")
	String correct(@PathVariable UUID batchId, @PathVariable UUID entryId,
			@RequestParam(required = false) String summary, @RequestParam(required = false) String investigation,
			@RequestParam(required = false) String targetOutcome, @RequestParam(required = false) String actions,
			@RequestParam(required = false) String accountability, RedirectAttributes redirect) {
		try {
			this.desk.correct(entryId, summary, investigation, targetOutcome, actions, accountability);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errors", ex.violations());
		}
		return "redirect:/batches/" + batchId + "/disclosure";
	}

	@PostMapping("/batches/{batchId}/disclosure/publish")
	String publish(@PathVariable UUID batchId, CurrentOfficer officer, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("published", this.desk.publish(batchId, null, officer.username()).size());
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errors", ex.violations());
		}
		return "redirect:/batches/" + batchId + "/disclosure";
	}

}
