package org.ducha.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Role;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.shared.ConflictException;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.NotFoundException;
import org.ducha.shared.RegionCode;
import org.ducha.shared.RuleViolationException;

import static org.ducha.rectification.Texts.limit;
import static org.ducha.rectification.Texts.required;

/**
 * 清单制 + 责任制: records the feedback problems and their claiming, sets up plans, their tasks
 * with named owners and deadlines, special work groups and per-site sub-plans, and the
 * campaign's rectification settings.
 */
@Service
public class RectificationPlanning {

	/** The plan must be adopted within this many working days of the feedback. */
	public static final int PLAN_DUE_WORKING_DAYS = 30;

	private final FeedbackProblems problems;

	private final RectificationPlans plans;

	private final RectificationTasks tasks;

	private final WorkGroups workGroups;

	private final CampaignSettings settings;

	private final CampaignRegistry campaigns;

	private final WorkingCalendar calendar;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	RectificationPlanning(FeedbackProblems problems, RectificationPlans plans, RectificationTasks tasks,
			WorkGroups workGroups, CampaignSettings settings, CampaignRegistry campaigns, WorkingCalendar calendar,
			Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.problems = problems;
		this.plans = plans;
		this.tasks = tasks;
		this.workGroups = workGroups;
		this.settings = settings;
		this.campaigns = campaigns;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public SettingsView settings(UUID campaignId) {
		this.campaigns.get(campaignId);
		return this.settings.of(campaignId);
	}

	@Transactional
	public SettingsView changeSettings(UUID campaignId, SettingsView values) {
		this.campaigns.get(campaignId);
		List<FieldViolation> violations = new ArrayList<>();
		range(violations, "noticeDays", values.noticeDays(), 1, 60);
		range(violations, "lookbackMonths", values.lookbackMonths(), 1, 60);
		range(violations, "reminderDays", values.reminderDays(), 0, 30);
		range(violations, "slipTolerance", values.slipTolerance(), 0, 100);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		RectificationSettings stored = this.settings.findById(campaignId)
			.orElseGet(() -> new RectificationSettings(campaignId, values));
		stored.change(values);
		SettingsView saved = this.settings.save(stored).view();
		this.events.publishEvent(new RectificationSettingsChanged(campaignId, saved.noticeDays(),
				saved.lookbackMonths(), saved.reminderDays(), saved.slipTolerance()));
		return saved;
	}

	/**
	 * Records a feedback problem (督察反馈问题).
	 */
	@Transactional
	public ProblemView addProblem(UUID campaignId, ProblemDraft draft, String actor) {
		this.campaigns.get(campaignId);
		List<FieldViolation> violations = problemViolations(campaignId, draft, "");
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		return saveProblem(campaignId, draft, actor).view(0);
	}

	List<FieldViolation> problemViolations(UUID campaignId, ProblemDraft draft, String prefix) {
		List<FieldViolation> violations = new ArrayList<>();
		required(violations, prefix + "content", draft.content(), 4000);
		limit(violations, prefix + "category", draft.category(), 200);
		if (draft.fedBackOn() == null) {
			violations.add(new FieldViolation(prefix + "fedBackOn", "field.required"));
		}
		if (draft.seqNo() != null) {
			if (draft.seqNo() < 1 || draft.seqNo() > 100_000) {
				violations.add(new FieldViolation(prefix + "seqNo", "rectification.seqNo.range"));
			}
			else if (this.problems.existsByCampaignIdAndSeqNo(campaignId, draft.seqNo())) {
				violations.add(new FieldViolation(prefix + "seqNo", "rectification.seqNo.taken", draft.seqNo()));
			}
		}
		return violations;
	}

	FeedbackProblem saveProblem(UUID campaignId, ProblemDraft draft, String actor) {
		int seqNo = (draft.seqNo() != null) ? draft.seqNo() : this.problems.maxSeqNo(campaignId) + 1;
		String category = (draft.category() == null || draft.category().isBlank()) ? null : draft.category().strip();
		return this.problems.saveAndFlush(new FeedbackProblem(campaignId, seqNo, draft.content().strip(), category,
				draft.fedBackOn(), actor, this.clock.instant()));
	}

	/**
	 * 认领: the inspected government claims a feedback problem in full.
	 */
	@Transactional
	public ProblemView claim(UUID problemId, String unit, CurrentOfficer officer) {
		List<FieldViolation> violations = new ArrayList<>();
		required(violations, "unit", unit, 400);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		FeedbackProblem problem = this.problems.findById(problemId)
			.orElseThrow(() -> new NotFoundException("rectification.problem.notFound", problemId));
		problem.claim(unit.strip(), this.clock.instant());
		return this.problems.save(problem).view(this.tasks.countByProblemId(problemId));
	}

	@Transactional(readOnly = true)
	public List<ProblemView> problems(UUID campaignId) {
		this.campaigns.get(campaignId);
		return this.problems.findByCampaignIdOrderBySeqNo(campaignId)
			.stream()
			.map((problem) -> problem.view(this.tasks.countByProblemId(problem.id())))
			.toList();
	}

	/**
	 * Sets up a plan (整改方案); it is due 30 working days after the feedback.
	 */
	@Transactional
	public PlanView createPlan(PlanDraft draft, CurrentOfficer officer) {
		List<FieldViolation> violations = new ArrayList<>();
		if (draft.campaignId() == null) {
			violations.add(new FieldViolation("campaignId", "field.required"));
		}
		required(violations, "title", draft.title(), 400);
		if (draft.fedBackOn() == null) {
			violations.add(new FieldViolation("fedBackOn", "field.required"));
		}
		else if (draft.adoptedOn() != null && draft.adoptedOn().isBefore(draft.fedBackOn())) {
			violations.add(new FieldViolation("adoptedOn", "rectification.adoptedOn.beforeFeedback"));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		CampaignDetails campaign = this.campaigns.get(draft.campaignId());
		requireCovers(officer, campaign.inspectedRegionCode());
		RectificationPlan plan = new RectificationPlan(campaign.id(), draft.title().strip(), false, draft.fedBackOn(),
				adoptionDue(draft.fedBackOn()), draft.adoptedOn(), officer.username(), this.clock.instant());
		return this.plans.save(plan).view(today(), 0);
	}

	LocalDate adoptionDue(LocalDate fedBackOn) {
		return this.calendar.plusWorkingDays(fedBackOn, PLAN_DUE_WORKING_DAYS);
	}

	@Transactional
	public PlanView adopt(UUID planId, LocalDate adoptedOn) {
		RectificationPlan plan = plan(planId);
		if (adoptedOn == null) {
			throw new RuleViolationException(new FieldViolation("adoptedOn", "field.required"));
		}
		plan.adopt(adoptedOn);
		return this.plans.save(plan).view(today(), this.tasks.countByPlanId(planId));
	}

	@Transactional(readOnly = true)
	public List<PlanView> plans(UUID campaignId) {
		this.campaigns.get(campaignId);
		LocalDate today = today();
		return this.plans.findByCampaignIdOrderByCreatedAt(campaignId)
			.stream()
			.map((plan) -> plan.view(today, this.tasks.countByPlanId(plan.id())))
			.toList();
	}

	@Transactional(readOnly = true)
	public PlanView planView(UUID planId) {
		return plan(planId).view(today(), this.tasks.countByPlanId(planId));
	}

	/**
	 * Adds a task to a plan's ledger.
	 * @return the new task's id
	 */
	@Transactional
	public UUID addTask(UUID planId, TaskDraft draft, CurrentOfficer officer) {
		RectificationPlan plan = plan(planId);
		CampaignDetails campaign = this.campaigns.get(plan.campaignId());
		String regionCode = (draft.regionCode() == null || draft.regionCode().isBlank())
				? campaign.inspectedRegionCode() : draft.regionCode().strip();
		FeedbackProblem problem = null;
		List<FieldViolation> violations = taskViolations(draft, regionCode, "");
		if (draft.problemId() != null) {
			problem = this.problems.findById(draft.problemId())
				.filter((found) -> found.campaignId().equals(plan.campaignId()))
				.orElse(null);
			if (problem == null) {
				violations.add(new FieldViolation("problemId", "rectification.problem.notFound", draft.problemId()));
			}
		}
		else if (draft.problem() == null || draft.problem().isBlank()) {
			violations.add(new FieldViolation("problem", "field.required"));
		}
		if (draft.workGroupId() != null && this.workGroups.findById(draft.workGroupId())
			.filter((group) -> group.campaignId().equals(plan.campaignId()))
			.isEmpty()) {
			violations.add(new FieldViolation("workGroupId", "rectification.workGroup.notFound"));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		requireCovers(officer, regionCode);
		String problemText = (draft.problem() != null && !draft.problem().isBlank()) ? draft.problem().strip()
				: problem.content();
		RectificationTask task = new RectificationTask(plan, this.tasks.maxSeqNo(planId) + 1, draft, problemText,
				regionCode, null, officer.username(), today(), this.clock.instant());
		return this.tasks.save(task).id();
	}

	List<FieldViolation> taskViolations(TaskDraft draft, String regionCode, String prefix) {
		List<FieldViolation> violations = new ArrayList<>();
		limit(violations, prefix + "problem", draft.problem(), 4000);
		required(violations, prefix + "target", draft.target(), 4000);
		required(violations, prefix + "measures", draft.measures(), 8000);
		required(violations, prefix + "leadUnit", draft.leadUnit(), 400);
		limit(violations, prefix + "coUnits", draft.coUnits(), 2000);
		required(violations, prefix + "leader", draft.leader(), 200);
		required(violations, prefix + "responsiblePerson", draft.responsiblePerson(), 200);
		if (!RegionCode.isValid(regionCode)) {
			violations.add(new FieldViolation(prefix + "regionCode", "field.regionCode"));
		}
		if (draft.kind() == null) {
			violations.add(new FieldViolation(prefix + "kind", "field.required"));
		}
		else if (draft.kind() != TaskKind.ONGOING && draft.deadline() == null) {
			violations.add(new FieldViolation(prefix + "deadline", "field.required"));
		}
		LocalDate start = (draft.startOn() != null) ? draft.startOn() : today();
		if (draft.deadline() != null && draft.deadline().isBefore(start)) {
			violations.add(new FieldViolation(prefix + "deadline", "rectification.deadline.beforeStart"));
		}
		if (draft.milestones().size() > 50) {
			violations.add(new FieldViolation(prefix + "milestones", "rectification.milestones.tooMany", 50));
		}
		for (int i = 0; i < draft.milestones().size(); i++) {
			TaskDraft.MilestoneDraft milestone = draft.milestones().get(i);
			String field = prefix + "milestones[" + i + "].";
			if (milestone == null) {
				violations.add(new FieldViolation(prefix + "milestones[" + i + "]", "field.required"));
				continue;
			}
			if (milestone.dueOn() == null) {
				violations.add(new FieldViolation(field + "dueOn", "field.required"));
			}
			else if (draft.deadline() != null && milestone.dueOn().isAfter(draft.deadline())) {
				violations.add(new FieldViolation(field + "dueOn", "rectification.milestone.afterDeadline"));
			}
			required(violations, field + "description", milestone.description(), 1000);
			if (milestone.targetPercent() != null
					&& (milestone.targetPercent() < 0 || milestone.targetPercent() > 100)) {
				violations.add(new FieldViolation(field + "targetPercent", "rectification.percent.range"));
			}
		}
		return violations;
	}

	/**
	 * Creates the task that follows a complaint case concluded as 阶段性办结, in the
	 * campaign's plan for such cases (set up on first use). Does nothing when the case
	 * already has its task.
	 */
	@Transactional
	public void addCaseTask(UUID campaignId, UUID caseId, TaskDraft draft, String problem, String regionCode) {
		if (this.tasks.findByCaseId(caseId).isPresent()) {
			return;
		}
		RectificationPlan plan = this.plans.findFirstByCampaignIdAndFromCasesTrue(campaignId).orElseGet(() -> {
			LocalDate today = today();
			return this.plans.save(new RectificationPlan(campaignId, "信访件阶段性办结整改清单", true, today, adoptionDue(today),
					today, "system", this.clock.instant()));
		});
		// cases concluded at the same moment: their tasks take the next number one after
		// the other (and a redelivered event finds its task)
		this.plans.lockId(plan.id());
		if (this.tasks.findByCaseId(caseId).isPresent()) {
			return;
		}
		this.tasks.save(new RectificationTask(plan, this.tasks.maxSeqNo(plan.id()) + 1, draft, problem, regionCode,
				caseId, "system", today(), this.clock.instant()));
	}

	@Transactional
	public WorkGroupView addWorkGroup(UUID campaignId, String name, String leader) {
		this.campaigns.get(campaignId);
		List<FieldViolation> violations = new ArrayList<>();
		required(violations, "name", name, 200);
		limit(violations, "leader", leader, 200);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		if (this.workGroups.existsByCampaignIdAndName(campaignId, name.strip())) {
			throw new ConflictException("rectification.workGroup.duplicate", name.strip());
		}
		return this.workGroups
			.save(new WorkGroup(campaignId, name.strip(), (leader == null || leader.isBlank()) ? null : leader.strip(),
					this.clock.instant()))
			.view();
	}

	@Transactional(readOnly = true)
	public List<WorkGroupView> workGroups(UUID campaignId) {
		return this.workGroups.findByCampaignIdOrderByName(campaignId).stream().map(WorkGroup::view).toList();
	}

	/**
	 * 一矿一策: adds a site with its own measures and deadline under a task.
	 */
	@Transactional
	public void addSite(UUID taskId, SiteDraft draft, CurrentOfficer officer) {
		this.tasks.findById(taskId)
			.filter((found) -> officer.jurisdiction().covers(found.regionCode()))
			.orElseThrow(() -> new NotFoundException("rectification.task.notFound", taskId));
		List<FieldViolation> violations = new ArrayList<>();
		required(violations, "name", draft.name(), 400);
		required(violations, "measures", draft.measures(), 4000);
		if (draft.deadline() == null) {
			violations.add(new FieldViolation("deadline", "field.required"));
		}
		if (draft.regionCode() != null && !draft.regionCode().isBlank() && !RegionCode.isValid(draft.regionCode())) {
			violations.add(new FieldViolation("regionCode", "field.regionCode"));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		RectificationTask task = this.tasks.findById(taskId)
			.filter((found) -> officer.jurisdiction().covers(found.regionCode()))
			.orElseThrow(() -> new NotFoundException("rectification.task.notFound", taskId));
		task.addSite(draft, officer.username(), this.clock.instant());
		this.tasks.save(task);
	}

	private RectificationPlan plan(UUID planId) {
		return this.plans.findById(planId)
			.orElseThrow(() -> new NotFoundException("rectification.plan.notFound", planId));
	}

	static void requireCovers(CurrentOfficer officer, String regionCode) {
		if (officer.has(Role.LOCAL_HANDLER) && !officer.jurisdiction().covers(regionCode)) {
			throw new AccessDeniedException("Outside the officer's jurisdiction");
		}
	}

	private static void range(List<FieldViolation> violations, String field, int value, int min, int max) {
		if (value < min || value > max) {
			violations.add(new FieldViolation(field, "field.range", min, max));
		}
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), CampaignDetails.CHINA_TIME);
	}

}
