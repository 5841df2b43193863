package org.ducha.campaigns.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.shared.RuleViolationException;

@Controller
class CampaignPageController {

	private static final String FORM = "campaigns/form";

	private final CampaignRegistry campaigns;

	CampaignPageController(CampaignRegistry campaigns) {
		this.campaigns = campaigns;
	}

	/** 进驻公告: public, no sign-in. */
	@GetMapping("/campaigns/{id}/notice")
	String notice(@PathVariable UUID id, Model model) {
		model.addAttribute("campaign", this.campaigns.get(id));
		return "campaigns/notice";
	}

	@GetMapping("/campaigns/new")
	@PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEADER')")
	String initForm(Model model) {
		model.addAttribute("campaignForm", new CampaignForm());
		return FORM;
	}

	@PostMapping("/campaigns")
	@PreAuthorize("hasAnyRole('ADMIN', 'TEAM_LEADER')")
	String processForm(@ModelAttribute CampaignForm campaignForm, BindingResult result, CurrentOfficer officer) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			CampaignDetails campaign = this.campaigns.open(campaignForm.toDraft(), officer.username());
			return "redirect:/campaigns/" + campaign.id() + "/notice";
		}
		catch (RuleViolationException ex) {
			ex.violations()
				.forEach((violation) -> result.rejectValue(violation.field(), violation.code(), violation.args(),
						violation.code()));
			return FORM;
		}
	}

}
