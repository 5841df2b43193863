package org.ducha.rectification.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ducha.campaigns.CampaignRegistry;
import org.ducha.rectification.RectificationQueries;
import org.ducha.rectification.RectificationTracking;
import org.ducha.shared.RuleViolationException;

/**
 * 整改销号公示 on the public portal: the tasks in public notice, and a form (and JSON endpoint,
 * {@link PublicNoticeApiController}) to lodge an objection anonymously while the notice
 * runs.
 */
@Controller
class PublicNoticeController {

	private final RectificationQueries queries;

	private final RectificationTracking tracking;

	private final CampaignRegistry campaigns;

	PublicNoticeController(RectificationQueries queries, RectificationTracking tracking, CampaignRegistry campaigns) {
		this.queries = queries;
		this.tracking = tracking;
		this.campaigns = campaigns;
	}

	@GetMapping("/public/campaigns/{campaignId}/rectification")
	String notices(@PathVariable UUID campaignId, Model model) {
		model.addAttribute("campaign", this.campaigns.get(campaignId));
		model.addAttribute("notices", this.queries.publicNotices(campaignId));
		return "rectification/public";
	}

	@PostMapping("/public/campaigns/{campaignId}/rectification/{taskId}/objections")
	String object(@PathVariable UUID campaignId, @PathVariable UUID taskId,
			@RequestParam(required = false) String content, RedirectAttributes redirect) {
		try {
			this.tracking.lodgePublicObjection(taskId, content);
			redirect.addFlashAttribute("lodged", true);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errors", ex.violations());
		}
		return "redirect:/public/campaigns/" + campaignId + "/rectification";
	}

}
