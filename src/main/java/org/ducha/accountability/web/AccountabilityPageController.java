package org.ducha.accountability.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ducha.accountability.AccountabilityDraft;
import org.ducha.accountability.AccountabilityForm;
import org.ducha.accountability.AccountabilityRegister;
import org.ducha.accountability.TargetType;
import org.ducha.accounts.CurrentOfficer;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.shared.RuleViolationException;

/**
 * 问责台账 page: the campaign's records, a form to record one, and follow-up.
 */
@Controller
@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'ADMIN')")
class AccountabilityPageController {

	private final AccountabilityRegister register;

	private final CampaignRegistry campaigns;

	AccountabilityPageController(AccountabilityRegister register, CampaignRegistry campaigns) {
		this.register = register;
		this.campaigns = campaigns;
	}

	@GetMapping("/campaigns/{campaignId}/accountability")
	String list(@PathVariable UUID campaignId, Model model) {
		model.addAttribute("campaign", this.campaigns.get(campaignId));
		model.addAttribute("records", this.register.ofCampaign(campaignId));
		model.addAttribute("totals", this.register.totals(campaignId));
		model.addAttribute("forms", AccountabilityForm.values());
		model.addAttribute("targetTypes", TargetType.values());
		return "accountability/list";
	}

	@PostMapping("/campaigns/{campaignId}/accountability")
	String record(@PathVariable UUID campaignId, @RequestParam(required = false) TargetType targetType,
			@RequestParam(required = false) String targetName, @RequestParam(required = false) String post,
			@RequestParam(required = false) String rank, @RequestParam(required = false) AccountabilityForm form,
			@RequestParam(required = false) String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
			@RequestParam(required = false) String decidingBody, @RequestParam(required = false) String documentNumber,
			@RequestParam(required = false) String requirements,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
			CurrentOfficer officer, RedirectAttributes redirect) {
		try {
			this.register.record(new AccountabilityDraft(campaignId, targetType, targetName, post, rank, form, reason,
					List.of(), decidedOn, decidingBody, documentNumber, requirements, dueDate), officer.username());
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errors", ex.violations());
		}
		return "redirect:/campaigns/" + campaignId + "/accountability";
	}

	@PostMapping("/campaigns/{campaignId}/accountability/{id}/follow-up")
	String followUp(@PathVariable UUID campaignId, @PathVariable UUID id,
			@RequestParam(required = false) String followUp, @RequestParam(defaultValue = "false") boolean fulfilled,
			RedirectAttributes redirect) {
		try {
			this.register.followUp(id, followUp, fulfilled);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errors", ex.violations());
		}
		return "redirect:/campaigns/" + campaignId + "/accountability";
	}

}
