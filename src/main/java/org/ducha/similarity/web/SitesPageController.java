package org.ducha.similarity.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.ducha.similarity.Sites;

/**
 * 反复投诉点位: the sites list (hot spots first) and a site's whole history.
 */
@Controller
@PreAuthorize("hasAnyRole('INTAKE_CLERK', 'TEAM_OFFICER', 'TEAM_LEADER')")
class SitesPageController {

	private final Sites sites;

	SitesPageController(Sites sites) {
		this.sites = sites;
	}

	@GetMapping("/sites")
	String list(@RequestParam(defaultValue = "2") int minComplaints, Model model) {
		int least = Math.max(minComplaints, 1);
		model.addAttribute("minComplaints", least);
		model.addAttribute("threshold", this.sites.threshold());
		model.addAttribute("sites", this.sites.list(least, 500));
		return "sites/list";
	}

	@GetMapping("/sites/{id}")
	String site(@PathVariable UUID id, Model model) {
		model.addAttribute("history", this.sites.history(id));
		return "sites/site";
	}

}
