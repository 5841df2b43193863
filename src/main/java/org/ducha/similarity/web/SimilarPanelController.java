package org.ducha.similarity.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.intake.ComplaintQueries;
import org.ducha.intake.ComplaintStatus;
import org.ducha.intake.ComplaintView;
import org.ducha.shared.ConflictException;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.NotFoundException;
import org.ducha.shared.RuleViolationException;
import org.ducha.similarity.DecisionKind;
import org.ducha.similarity.Relation;
import org.ducha.similarity.RepeatDecisions;

/**
 * The "similar complaints" panel of the complaint page, loaded by htmx: the candidates
 * with 合并 / 关联 / 不是重复 buttons, and the standing decisions, which a team leader may undo.
 * A decision re-renders the panel; on success htmx reloads the page so the status and the
 * timeline show it.
 */
@Controller
@PreAuthorize("hasAnyRole('INTAKE_CLERK', 'TEAM_OFFICER', 'TEAM_LEADER')")
class SimilarPanelController {

	private final RepeatDecisions decisions;

	private final ComplaintQueries complaints;

	SimilarPanelController(RepeatDecisions decisions, ComplaintQueries complaints) {
		this.decisions = decisions;
		this.complaints = complaints;
	}

	@GetMapping("/complaints/{id}/similar")
	String panel(@PathVariable UUID id, CurrentOfficer officer, Model model) {
		return show(this.complaints.get(id, officer.jurisdiction()), officer, model);
	}

	@PostMapping("/complaints/{id}/similar/decisions")
	String decide(@PathVariable UUID id, @RequestParam(required = false) DecisionKind kind,
			@RequestParam(required = false) UUID other, CurrentOfficer officer, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response) {
		return act(id, officer, model, htmx, response, () -> {
			if (kind == null) {
				throw new RuleViolationException(new FieldViolation("kind", "field.required"));
			}
			switch (kind) {
				case MERGED -> this.decisions.merge(id, other, officer);
				case LINKED -> this.decisions.link(id, other, officer);
				case DISTINCT -> this.decisions.markDistinct(id, other, officer);
			}
		});
	}

	@PostMapping("/complaints/{id}/similar/undo")
	@PreAuthorize("hasRole('TEAM_LEADER')")
	String undo(@PathVariable UUID id, @RequestParam(required = false) DecisionKind kind,
			@RequestParam(required = false) UUID other, CurrentOfficer officer, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response) {
		return act(id, officer, model, htmx, response, () -> {
			if (kind == null) {
				throw new RuleViolationException(new FieldViolation("kind", "field.required"));
			}
			if (kind == DecisionKind.MERGED) {
				boolean isRepeat = this.complaints.get(id, officer.jurisdiction()).status() == ComplaintStatus.MERGED;
				this.decisions.undoMerge((isRepeat || other == null) ? id : other, officer);
			}
			else {
				this.decisions.undo(kind, id, other, officer);
			}
		});
	}

	private String act(UUID id, CurrentOfficer officer, Model model, String htmx, HttpServletResponse response,
			Runnable decision) {
		ComplaintView complaint = this.complaints.get(id, officer.jurisdiction());
		try {
			decision.run();
		}
		catch (RuleViolationException ex) {
			model.addAttribute("decisionErrors", ex.violations());
			return show(complaint, officer, model);
		}
		catch (ConflictException ex) {
			model.addAttribute("decisionErrors", List.of(new FieldViolation("kind", ex.code(), ex.args())));
			return show(complaint, officer, model);
		}
		catch (NotFoundException ex) {
			model.addAttribute("decisionErrors", List.of(new FieldViolation("other", ex.code(), ex.args())));
			return show(complaint, officer, model);
		}
		if (htmx == null) {
			return "redirect:/complaints/" + id;
		}
		response.setHeader("HX-Refresh", "true");
		return show(this.complaints.get(id, officer.jurisdiction()), officer, model);
	}

	private String show(ComplaintView complaint, CurrentOfficer officer, Model model) {
		model.addAttribute("complaintId", complaint.id());
		model.addAttribute("kinds", (complaint.status() == ComplaintStatus.MERGED)
				? List.of(DecisionKind.LINKED, DecisionKind.DISTINCT) : List.of(DecisionKind.values()));
		model.addAttribute("answer", SimilarityController.SimilarAnswer.of(this.decisions.review(complaint, 5)));
		List<Relation> relations = this.decisions.relationsOf(complaint.id(), officer);
		model.addAttribute("relations", relations);
		model.addAttribute("mergedCount", relations.stream().filter((r) -> "MERGED_FROM".equals(r.role())).count());
		return "similarity/panel :: panel";
	}

}
