package org.ducha.similarity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ducha.shared.ConflictException;
import org.ducha.similarity.RepeatIndex;

/**
 * The repeat-detection index (page): its state, and a rebuild from the database with a
 * progress bar. Team leaders and administrators may start a rebuild.
 */
@Controller
@PreAuthorize("hasAnyRole('TEAM_LEADER', 'ADMIN')")
class RepeatIndexPageController {

	private final RepeatIndex index;

	RepeatIndexPageController(RepeatIndex index) {
		this.index = index;
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
