package org.ducha.disclosure.web;

import java.util.List;
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
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.disclosure.TypicalCaseDesk;
import org.ducha.disclosure.TypicalCaseDraft;
import org.ducha.disclosure.TypicalCaseView;
import org.ducha.shared.RuleViolationException;

/**
 * 典型案例 (pages): the team's list and form, a team leader's publish and withdraw, the
 * portal's page.
 */
@Controller
class TypicalCasePageController {

	private final TypicalCaseDesk desk;

	private final CampaignRegistry campaigns;

	TypicalCasePageController(TypicalCaseDesk desk, CampaignRegistry campaigns) {
		this.desk = desk;
		this.campaigns = campaigns;
	}

	@GetMapping("/campaigns/{campaignId}/typical-cases")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'ADMIN')")
	String page(@PathVariable UUID campaignId, Model model) {
		model.addAttribute("campaign", this.campaigns.get(campaignId));
		model.addAttribute("typicalCases", this.desk.all(campaignId));
		return "disclosure/typical-cases";
	}

	@PostMapping("/campaigns/{campaignId}/typical-cases")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	String writeFromPage(@PathVariable UUID campaignId, @RequestParam(required = false) String title,
			@RequestParam(required = false) String regionCode, @RequestParam(required = false) String body,
			CurrentOfficer officer, RedirectAttributes redirect) {
		try {
			this.desk.write(campaignId,
					new TypicalCaseDraft(title,
							(regionCode == null || regionCode.isBlank()) ? null : regionCode.strip(), body, List.of()),
					officer);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errors", ex.violations());
			redirect.addFlashAttribute("title", title);
			redirect.addFlashAttribute("regionCode", regionCode);
			redirect.addFlashAttribute("body", body);
		}
		return "redirect:/campaigns/" + campaignId + "/typical-cases";
	}

	@PostMapping("/typical-cases/{id}/publish")
	@PreAuthorize("hasRole('TEAM_LEADER')")
	String publishFromPage(@PathVariable UUID id, CurrentOfficer officer) {
		return step(() -> this.desk.publish(id, officer));
	}

	@PostMapping("/typical-cases/{id}/withdraw")
	@PreAuthorize("hasRole('TEAM_LEADER')")
	String withdrawFromPage(@PathVariable UUID id, CurrentOfficer officer) {
		return step(() -> this.desk.withdraw(id, officer));
	}

	@GetMapping("/public/campaigns/{campaignId}/typical-cases")
	String publicPage(@PathVariable UUID campaignId, Model model) {
		model.addAttribute("campaign", this.campaigns.get(campaignId));
		model.addAttribute("typicalCases", this.desk.published(campaignId));
		return "public/typical-cases";
	}

	/** A refused step (409) is answered by the error page. */
	private String step(java.util.function.Supplier<TypicalCaseView> action) {
		return "redirect:/campaigns/" + action.get().campaignId() + "/typical-cases";
	}

}
