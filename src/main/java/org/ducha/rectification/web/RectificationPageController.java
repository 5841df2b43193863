package org.ducha.rectification.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.rectification.AcceptanceDecision;
import org.ducha.rectification.EvidenceStage;
import org.ducha.rectification.PlanDraft;
import org.ducha.rectification.PlanView;
import org.ducha.rectification.ProblemDraft;
import org.ducha.rectification.ProgressDraft;
import org.ducha.rectification.RectificationLedger;
import org.ducha.rectification.RectificationPlanning;
import org.ducha.rectification.RectificationQueries;
import org.ducha.rectification.RectificationTracking;
import org.ducha.rectification.SettingsView;
import org.ducha.rectification.SiteDraft;
import org.ducha.rectification.TaskDraft;
import org.ducha.rectification.TaskEvidenceLocker;
import org.ducha.rectification.TaskFilter;
import org.ducha.rectification.TaskKind;
import org.ducha.rectification.TaskStatus;
import org.ducha.rectification.TaskView;
import org.ducha.rectification.WarningColour;
import org.ducha.shared.ConflictException;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.RuleViolationException;

/**
 * 整改 pages: the campaign's rectification overview (board, feedback problems, plans,
 * filtered task list), a plan with its ledger and the task form, and a task with every
 * step of the 销号 procedure.
 */
@Controller
@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'LOCAL_HANDLER', 'ADMIN')")
class RectificationPageController {

	private final RectificationPlanning planning;

	private final RectificationTracking tracking;

	private final RectificationQueries queries;

	private final RectificationLedger ledger;

	private final TaskEvidenceLocker evidence;

	private final CampaignRegistry campaigns;

	RectificationPageController(RectificationPlanning planning, RectificationTracking tracking,
			RectificationQueries queries, RectificationLedger ledger, TaskEvidenceLocker evidence,
			CampaignRegistry campaigns) {
		this.planning = planning;
		this.tracking = tracking;
		this.queries = queries;
		this.ledger = ledger;
		this.evidence = evidence;
		this.campaigns = campaigns;
	}

	@GetMapping("/campaigns/{campaignId}/rectification")
	String overview(@PathVariable UUID campaignId, @RequestParam(required = false) WarningColour colour,
			@RequestParam(required = false) String unit, @RequestParam(required = false) TaskStatus status,
			CurrentOfficer officer, Model model) {
		model.addAttribute("campaign", this.campaigns.get(campaignId));
		model.addAttribute("problems", this.planning.problems(campaignId));
		model.addAttribute("plans", this.planning.plans(campaignId));
		model.addAttribute("board", this.queries.board(campaignId, officer.jurisdiction()));
		model.addAttribute("tasks", this.queries
			.tasks(new TaskFilter(campaignId, null, colour, unit, null, status, null), officer.jurisdiction()));
		model.addAttribute("workGroups", this.planning.workGroups(campaignId));
		model.addAttribute("settings", this.planning.settings(campaignId));
		model.addAttribute("filter", new Filter(colour, unit, status));
		model.addAttribute("colours", WarningColour.values());
		model.addAttribute("statuses", TaskStatus.values());
		return "rectification/overview";
	}

	@PostMapping("/campaigns/{campaignId}/rectification/problems")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	String addProblem(@PathVariable UUID campaignId, @RequestParam(required = false) String content,
			@RequestParam(required = false) String category,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fedBackOn,
			CurrentOfficer officer, RedirectAttributes redirect) {
		attempt(redirect, () -> this.planning.addProblem(campaignId,
				new ProblemDraft(null, content, category, fedBackOn), officer.username()));
		return "redirect:/campaigns/" + campaignId + "/rectification";
	}

	@PostMapping("/campaigns/{campaignId}/rectification/problems/import")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	String importProblems(@PathVariable UUID campaignId, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fedBackOn,
			CurrentOfficer officer, RedirectAttributes redirect) {
		attempt(redirect, () -> {
			if (file == null || file.isEmpty()) {
				throw new RuleViolationException(new FieldViolation("file", "evidence.empty"));
			}
			try {
				int count = this.ledger.importProblems(campaignId, fedBackOn, file.getInputStream(), officer.username())
					.size();
				redirect.addFlashAttribute("imported", count);
			}
			catch (IOException ex) {
				throw new RuleViolationException(new FieldViolation("file", "rectification.import.notXlsx"));
			}
		});
		return "redirect:/campaigns/" + campaignId + "/rectification";
	}

	@PostMapping("/campaigns/{campaignId}/rectification/problems/{problemId}/claim")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'LOCAL_HANDLER')")
	String claim(@PathVariable UUID campaignId, @PathVariable UUID problemId,
			@RequestParam(required = false) String unit, CurrentOfficer officer, RedirectAttributes redirect) {
		attempt(redirect, () -> this.planning.claim(problemId, unit, officer));
		return "redirect:/campaigns/" + campaignId + "/rectification";
	}

	@PostMapping("/campaigns/{campaignId}/rectification/plans")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'LOCAL_HANDLER')")
	String createPlan(@PathVariable UUID campaignId, @RequestParam(required = false) String title,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fedBackOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn,
			CurrentOfficer officer, RedirectAttributes redirect) {
		PlanView[] created = new PlanView[1];
		attempt(redirect, () -> created[0] = this.planning
			.createPlan(new PlanDraft(campaignId, title, fedBackOn, adoptedOn), officer));
		return (created[0] != null) ? "redirect:/rectification/plans/" + created[0].id()
				: "redirect:/campaigns/" + campaignId + "/rectification";
	}

	@PostMapping("/campaigns/{campaignId}/rectification/work-groups")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	String addWorkGroup(@PathVariable UUID campaignId, @RequestParam(required = false) String name,
			@RequestParam(required = false) String leader, RedirectAttributes redirect) {
		attempt(redirect, () -> this.planning.addWorkGroup(campaignId, name, leader));
		return "redirect:/campaigns/" + campaignId + "/rectification";
	}

	@PostMapping("/campaigns/{campaignId}/rectification/settings")
	@PreAuthorize("hasAnyRole('TEAM_LEADER', 'ADMIN')")
	String settings(@PathVariable UUID campaignId, @RequestParam(defaultValue = "-1") int noticeDays,
			@RequestParam(defaultValue = "-1") int lookbackMonths, @RequestParam(defaultValue = "-1") int reminderDays,
			@RequestParam(defaultValue = "-1") int slipTolerance, RedirectAttributes redirect) {
		attempt(redirect, () -> this.planning.changeSettings(campaignId,
				new SettingsView(noticeDays, lookbackMonths, reminderDays, slipTolerance)));
		return "redirect:/campaigns/" + campaignId + "/rectification";
	}

	@GetMapping("/rectification/plans/{planId}")
	String plan(@PathVariable UUID planId, CurrentOfficer officer, Model model) {
		PlanView plan = this.planning.planView(planId);
		model.addAttribute("plan", plan);
		model.addAttribute("campaign", this.campaigns.get(plan.campaignId()));
		model.addAttribute("tasks", this.queries
			.tasks(new TaskFilter(plan.campaignId(), planId, null, null, null, null, null), officer.jurisdiction()));
		model.addAttribute("problems", this.planning.problems(plan.campaignId()));
		model.addAttribute("workGroups", this.planning.workGroups(plan.campaignId()));
		model.addAttribute("kinds", TaskKind.values());
		return "rectification/plan";
	}

	@PostMapping("/rectification/plans/{planId}/adoption")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'LOCAL_HANDLER')")
	String adopt(@PathVariable UUID planId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn,
			RedirectAttributes redirect) {
		attempt(redirect, () -> this.planning.adopt(planId, adoptedOn));
		return "redirect:/rectification/plans/" + planId;
	}

	@PostMapping("/rectification/plans/{planId}/tasks")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'LOCAL_HANDLER')")
	String addTask(@PathVariable UUID planId, @RequestParam(required = false) UUID problemId,
			@RequestParam(required = false) String problem, @RequestParam(required = false) String target,
			@RequestParam(required = false) String measures, @RequestParam(required = false) String leadUnit,
			@RequestParam(required = false) String coUnits, @RequestParam(required = false) String leader,
			@RequestParam(required = false) String responsiblePerson, @RequestParam(required = false) String regionCode,
			@RequestParam(required = false) TaskKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			@RequestParam(required = false) UUID workGroupId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate milestoneOn,
			@RequestParam(required = false) String milestone, @RequestParam(required = false) Integer milestonePercent,
			CurrentOfficer officer, RedirectAttributes redirect) {
		List<TaskDraft.MilestoneDraft> milestones = new ArrayList<>();
		if (milestoneOn != null || (milestone != null && !milestone.isBlank())) {
			milestones.add(new TaskDraft.MilestoneDraft(milestoneOn, milestone, milestonePercent));
		}
		attempt(redirect,
				() -> this.planning.addTask(planId,
						new TaskDraft(problemId, problem, target, measures, leadUnit, coUnits, leader,
								responsiblePerson, regionCode, kind, null, deadline, workGroupId, milestones),
						officer));
		return "redirect:/rectification/plans/" + planId;
	}

	@GetMapping("/rectification/tasks/{taskId}")
	String task(@PathVariable UUID taskId, CurrentOfficer officer, Model model) {
		TaskView task = this.queries.task(taskId, officer.jurisdiction());
		model.addAttribute("task", task);
		model.addAttribute("plan", this.planning.planView(task.planId()));
		model.addAttribute("stages", EvidenceStage.values());
		return "rectification/task";
	}

	@PostMapping("/rectification/tasks/{taskId}/progress")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'LOCAL_HANDLER')")
	String progress(@PathVariable UUID taskId, @RequestParam(required = false) Integer percent,
			@RequestParam(required = false) String narrative,
			@RequestParam(defaultValue = "false") boolean unableToFinish,
			@RequestParam(required = false) List<UUID> milestonesDone, CurrentOfficer officer,
			RedirectAttributes redirect) {
		attempt(redirect, () -> this.tracking.reportProgress(taskId,
				new ProgressDraft(percent, narrative, unableToFinish, milestonesDone), officer));
		return back(taskId);
	}

	@PostMapping("/rectification/tasks/{taskId}/evidence")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'LOCAL_HANDLER')")
	String attach(@PathVariable UUID taskId, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "CLOSEOUT") EvidenceStage stage, CurrentOfficer officer,
			RedirectAttributes redirect) {
		this.queries.task(taskId, officer.jurisdiction());
		attempt(redirect, () -> {
			if (file == null || file.isEmpty()) {
				throw new RuleViolationException(new FieldViolation("file", "evidence.empty"));
			}
			try {
				this.evidence.attach(taskId, stage, file.getOriginalFilename(), file.getSize(), file.getInputStream(),
						officer);
			}
			catch (IOException ex) {
				throw new RuleViolationException(new FieldViolation("file", "evidence.empty"));
			}
		});
		return back(taskId);
	}

	@PostMapping("/rectification/tasks/{taskId}/closeout")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'LOCAL_HANDLER')")
	String closeOut(@PathVariable UUID taskId, @RequestParam(required = false) String completion,
			CurrentOfficer officer, RedirectAttributes redirect) {
		attempt(redirect, () -> this.tracking.requestCloseOut(taskId, completion, officer));
		return back(taskId);
	}

	@PostMapping("/rectification/tasks/{taskId}/acceptance")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	String acceptance(@PathVariable UUID taskId, @RequestParam(defaultValue = "false") boolean passed,
			@RequestParam(defaultValue = "false") boolean onSite, @RequestParam(required = false) String acceptingUnit,
			@RequestParam(required = false) String findings, CurrentOfficer officer, RedirectAttributes redirect) {
		attempt(redirect, () -> this.tracking.decideAcceptance(taskId,
				new AcceptanceDecision(passed, onSite, acceptingUnit, findings), officer));
		return back(taskId);
	}

	@PostMapping("/rectification/tasks/{taskId}/signoff")
	@PreAuthorize("hasRole('TEAM_LEADER')")
	String signOff(@PathVariable UUID taskId, CurrentOfficer officer, RedirectAttributes redirect) {
		attempt(redirect, () -> this.tracking.signOff(taskId, officer));
		return back(taskId);
	}

	@PostMapping("/rectification/tasks/{taskId}/objections/{objectionId}/review")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	String review(@PathVariable UUID taskId, @PathVariable UUID objectionId,
			@RequestParam(required = false) Boolean upheld, @RequestParam(required = false) String resolution,
			CurrentOfficer officer, RedirectAttributes redirect) {
		attempt(redirect, () -> this.tracking.reviewObjection(taskId, objectionId, upheld, resolution, officer));
		return back(taskId);
	}

	@PostMapping("/rectification/tasks/{taskId}/write-off")
	@PreAuthorize("hasRole('TEAM_LEADER')")
	String writeOff(@PathVariable UUID taskId, CurrentOfficer officer, RedirectAttributes redirect) {
		attempt(redirect, () -> this.tracking.writeOff(taskId, officer));
		return back(taskId);
	}

	@PostMapping("/rectification/tasks/{taskId}/archive")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	String archive(@PathVariable UUID taskId, CurrentOfficer officer, RedirectAttributes redirect) {
		attempt(redirect, () -> this.tracking.archive(taskId, officer));
		return back(taskId);
	}

	@PostMapping("/rectification/tasks/{taskId}/lookbacks")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	String lookBack(@PathVariable UUID taskId, @RequestParam(required = false) Boolean rebound,
			@RequestParam(required = false) String findings, CurrentOfficer officer, RedirectAttributes redirect) {
		attempt(redirect, () -> this.tracking.lookBack(taskId, rebound, findings, officer));
		return back(taskId);
	}

	@PostMapping("/rectification/tasks/{taskId}/deadline")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'LOCAL_HANDLER')")
	String reschedule(@PathVariable UUID taskId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			CurrentOfficer officer, RedirectAttributes redirect) {
		attempt(redirect, () -> this.tracking.reschedule(taskId, deadline, officer));
		return back(taskId);
	}

	@PostMapping("/rectification/tasks/{taskId}/sites")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER', 'LOCAL_HANDLER')")
	String addSite(@PathVariable UUID taskId, @RequestParam(required = false) String name,
			@RequestParam(required = false) String measures,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			CurrentOfficer officer, RedirectAttributes redirect) {
		attempt(redirect, () -> this.planning.addSite(taskId, new SiteDraft(name, null, measures, deadline), officer));
		return back(taskId);
	}

	@PostMapping("/rectification/tasks/{taskId}/sites/{siteId}/acceptance")
	@PreAuthorize("hasAnyRole('TEAM_OFFICER', 'TEAM_LEADER')")
	String acceptSite(@PathVariable UUID taskId, @PathVariable UUID siteId,
			@RequestParam(required = false) String findings, CurrentOfficer officer, RedirectAttributes redirect) {
		attempt(redirect, () -> this.tracking.acceptSite(taskId, siteId, findings, officer));
		return back(taskId);
	}

	private static String back(UUID taskId) {
		return "redirect:/rectification/tasks/" + taskId;
	}

	private static void attempt(RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errors", ex.violations());
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("errors", List.of(new FieldViolation("status", ex.code(), ex.args())));
		}
	}

	record Filter(WarningColour colour, String unit, TaskStatus status) {

	}

}
