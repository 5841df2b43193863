package org.ducha.similarity.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.intake.ComplaintQueries;
import org.ducha.similarity.RepeatIndex;

/**
 * The "similar complaints" panel of the complaint page, loaded by htmx.
 */
@Controller
@PreAuthorize("hasAnyRole('INTAKE_CLERK', 'TEAM_OFFICER', 'TEAM_LEADER')")
class SimilarPanelController {

	private final RepeatIndex index;

	private final ComplaintQueries complaints;

	SimilarPanelController(RepeatIndex index, ComplaintQueries complaints) {
		this.index = index;
		this.complaints = complaints;
	}

	@GetMapping("/complaints/{id}/similar")
	String panel(@PathVariable UUID id, CurrentOfficer officer, Model model) {
		model.addAttribute("answer", SimilarityController.SimilarAnswer
			.of(this.index.similarTo(this.complaints.get(id, officer.jurisdiction()), 5)));
		return "similarity/panel :: panel";
	}

}
