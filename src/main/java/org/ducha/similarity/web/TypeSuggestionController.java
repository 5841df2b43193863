package org.ducha.similarity.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.ducha.similarity.ProblemTypeClassifier;
import org.ducha.similarity.TypeScore;

/**
 * The problem types of the intake form, re-rendered by htmx while the clerk types the
 * description: the suggested types are shown, and pre-selected as long as the clerk has
 * selected none; whatever the clerk selected stays selected.
 */
@Controller
@PreAuthorize("hasAnyRole('INTAKE_CLERK', 'TEAM_OFFICER', 'TEAM_LEADER')")
class TypeSuggestionController {

	private final ProblemTypeClassifier classifier = ProblemTypeClassifier.standard();

	@GetMapping("/complaints/problem-type-suggestions")
	String suggest(@RequestParam(required = false) String description,
			@RequestParam(required = false) List<String> problemTypes, Model model) {
		String text = (description != null && description.length() > 5000) ? description.substring(0, 5000)
				: description;
		List<TypeScore> suggested = (text == null || text.isBlank()) ? List.of() : this.classifier.suggest(text);
		Set<String> checked = new LinkedHashSet<>();
		if (problemTypes != null) {
			problemTypes.stream().filter(ProblemTypeClassifier.TYPES::contains).forEach(checked::add);
		}
		if (checked.isEmpty()) {
			suggested.forEach((score) -> checked.add(score.type()));
		}
		model.addAttribute("types", ProblemTypeClassifier.TYPES);
		model.addAttribute("checked", checked);
		model.addAttribute("suggested", suggested);
		return "similarity/types :: types";
	}

}
