package org.ducha.similarity.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ducha.shared.ConflictException;
import org.ducha.similarity.RepeatIndex;
import org.ducha.similarity.RepeatIndexStatus;

/**
 * The repeat-detection index: its state, and a rebuild from the database with a progress
 * bar (API and page). Team leaders and administrators may start a rebuild.
 */
@Controller
@PreAuthorize("hasAnyRole('TEAM_LEADER', 'ADMIN')")
class RepeatIndexController {

	private final RepeatIndex index;

	RepeatIndexController(RepeatIndex index) {
		this.index = index;
	}

	@GetMapping("/api/similarity/index")
	@ResponseBody
	RepeatIndexStatus status() {
		return this.index.status();
	}

	@PostMapping("/api/similarity/index/rebuild")
	@ResponseBody
	@ResponseStatus(HttpStatus.ACCEPTED)
	RepeatIndexStatus rebuild() {
		this.index.rebuild();
		return this.index.status();
	}

	@GetMapping("/similarity/index")
	String page(Model model) {
		model.addAttribute("status", this.index.status());
		return "similarity/index";
	}

	@GetMapping("/similarity/index/progress")
	String progress(Model model) {
		model.addAttribute("status", this.index.status());
		return "similarity/index :: progress";
	}

	@PostMapping("/similarity/index/rebuild")
	String rebuildFromPage(RedirectAttributes redirect) {
		try {
			this.index.rebuild();
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("refusal", ex.code());
		}
		return "redirect:/similarity/index";
	}

}
