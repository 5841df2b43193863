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

	DisclosurePageController(DisclosureDesk desk) {
		this.desk = desk;
	}

	@GetMapping("/batches/{batchId}/disclosure")
	String editor(@PathVariable UUID batchId, Model model) {
		model.addAttribute("batchId", batchId);
		model.addAttribute("rows", this.desk.ofBatch(batchId));
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
