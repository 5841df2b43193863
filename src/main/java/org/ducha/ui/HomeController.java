package org.ducha.ui;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.campaigns.CampaignRegistry;

/**
 * The start page after sign-in: the campaigns and what the officer can do in them.
 */
@Controller
class HomeController {

	private final CampaignRegistry campaigns;

	HomeController(CampaignRegistry campaigns) {
		this.campaigns = campaigns;
	}

	@GetMapping("/")
	String home(CurrentOfficer officer, Model model) {
		model.addAttribute("campaigns", this.campaigns.all());
		model.addAttribute("officer", officer);
		return "home";
	}

}
