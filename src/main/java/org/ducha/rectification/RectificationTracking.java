package org.ducha.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.NotFoundException;
import org.ducha.shared.RuleViolationException;

import static org.ducha.rectification.Texts.required;

/**
 * 调度 and 销号制: progress reports, the close-out application, acceptance, sign-off, the
 * public notice with its objections, write-off, archiving, look-backs and the reminders
 * before milestones. Each step loads one task, calls one of its methods and saves it.
 */
@Service
public class RectificationTracking {

	private final RectificationTasks tasks;

	private final TaskEvidences evidences;

	private final CampaignSettings settings;

	private final WorkingCalendar calendar;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RectificationTracking(RectificationTasks tasks, TaskEvidences evidences, CampaignSettings settings,
			WorkingCalendar calendar, ApplicationEventPublisher events, Clock clock) {
		this.tasks = tasks;
		this.evidences = evidences;
		this.settings = settings;
		this.calendar = calendar;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void reportProgress(UUID taskId, ProgressDraft draft, CurrentOfficer officer) {
		RectificationTask task = owned(taskId, officer);
		List<FieldViolation> violations = new ArrayList<>();
		if (draft.percent() == null) {
			violations.add(new FieldViolation("percent", "field.required"));
		}
		else if (draft.percent() < 0 || draft.percent() > 100) {
			violations.add(new FieldViolation("percent", "rectification.percent.range"));
		}
		required(violations, "narrative", draft.narrative(), 8000);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		task.reportProgress(draft.percent(), draft.narrative().strip(), Boolean.TRUE.equals(draft.unableToFinish()),
				draft.milestonesDone(), officer.username(), today(), this.clock.instant());
		this.tasks.save(task);
	}

	@Transactional
	public void requestCloseOut(UUID taskId, String completion, CurrentOfficer officer) {
		RectificationTask task = owned(taskId, officer);
		List<FieldViolation> violations = new ArrayList<>();
		required(violations, "completion", completion, 8000);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		task.requestCloseOut(completion, this.evidences.countByTaskIdAndStage(taskId, EvidenceStage.CLOSEOUT),
				officer.username(), today(), this.clock.instant());
		this.tasks.save(task);
	}

	@Transactional
	public void decideAcceptance(UUID taskId, AcceptanceDecision decision, CurrentOfficer officer) {
		RectificationTask task = owned(taskId, officer);
		List<FieldViolation> violations = new ArrayList<>();
		required(violations, "acceptingUnit", decision.acceptingUnit(), 400);
		required(violations, "findings", decision.findings(), 8000);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		task.decideAcceptance(decision, officer.username(), today(), this.clock.instant());
		this.tasks.save(task);
	}

	@Transactional
	public void signOff(UUID taskId, CurrentOfficer officer) {
		RectificationTask task = owned(taskId, officer);
		task.signOff(this.settings.of(task.campaignId()).noticeDays(), officer.username(), today(),
				this.clock.instant());
		this.tasks.save(task);
	}

	/**
	 * An objection recorded by an officer (e.g. received by letter).
	 */
	@Transactional
	public UUID lodgeObjection(UUID taskId, String content, CurrentOfficer officer) {
		RectificationTask task = owned(taskId, officer);
		checkObjection(content);
		UUID id = task.lodgeObjection(content, officer.username(), today(), this.clock.instant());
		this.tasks.save(task);
		return id;
	}

	/**
	 * An objection from the public portal: only a task in its public notice accepts one.
	 */
	@Transactional
	public UUID lodgePublicObjection(UUID taskId, String content) {
		checkObjection(content);
		RectificationTask task = this.tasks.findById(taskId)
			.filter((found) -> found.inNoticeOn(today()))
			.orElseThrow(() -> new NotFoundException("rectification.task.notFound", taskId));
		UUID id = task.lodgeObjection(content, null, today(), this.clock.instant());
		this.tasks.save(task);
		return id;
	}

	private static void checkObjection(String content) {
		List<FieldViolation> violations = new ArrayList<>();
		required(violations, "content", content, 2000);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
	}

	@Transactional
	public void reviewObjection(UUID taskId, UUID objectionId, Boolean upheld, String resolution,
			CurrentOfficer officer) {
		RectificationTask task = owned(taskId, officer);
		List<FieldViolation> violations = new ArrayList<>();
		if (upheld == null) {
			violations.add(new FieldViolation("upheld", "field.required"));
		}
		required(violations, "resolution", resolution, 4000);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		task.reviewObjection(objectionId, upheld, resolution, officer.username(), today(), this.clock.instant());
		this.tasks.save(task);
	}

	@Transactional
	public void writeOff(UUID taskId, CurrentOfficer officer) {
		RectificationTask task = owned(taskId, officer);
		task.writeOff(this.settings.of(task.campaignId()).lookbackMonths(), officer.username(), today(),
				this.clock.instant());
		this.tasks.save(task);
	}

	@Transactional
	public void archive(UUID taskId, CurrentOfficer officer) {
		RectificationTask task = owned(taskId, officer);
		task.archive(officer.username(), today(), this.clock.instant());
		this.tasks.save(task);
	}

	@Transactional
	public void lookBack(UUID taskId, Boolean rebound, String findings, CurrentOfficer officer) {
		RectificationTask task = owned(taskId, officer);
		List<FieldViolation> violations = new ArrayList<>();
		if (rebound == null) {
			violations.add(new FieldViolation("rebound", "field.required"));
		}
		required(violations, "findings", findings, 8000);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		task.lookBack(rebound, findings, this.settings.of(task.campaignId()).lookbackMonths(), officer.username(),
				today(), this.clock.instant());
		this.tasks.save(task);
	}

	@Transactional
	public void reschedule(UUID taskId, LocalDate deadline, CurrentOfficer officer) {
		RectificationTask task = owned(taskId, officer);
		if (deadline == null) {
			throw new RuleViolationException(new FieldViolation("deadline", "field.required"));
		}
		if (deadline.isBefore(today())) {
			throw new RuleViolationException(new FieldViolation("deadline", "rectification.deadline.past"));
		}
		task.reschedule(deadline, officer.username(), this.clock.instant());
		this.tasks.save(task);
	}

	@Transactional
	public void acceptSite(UUID taskId, UUID siteId, String findings, CurrentOfficer officer) {
		RectificationTask task = owned(taskId, officer);
		List<FieldViolation> violations = new ArrayList<>();
		required(violations, "findings", findings, 4000);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		task.acceptSite(siteId, findings, officer.username(), today(), this.clock.instant());
		this.tasks.save(task);
	}

	/**
	 * Reminds the owners of every open task whose milestones fall due within the
	 * campaign's reminder window (in working days), once per milestone.
	 * @param today the day of the check
	 * @return the reminders announced
	 */
	@Transactional
	public List<RectificationMilestoneDue> remindMilestones(LocalDate today) {
		List<RectificationMilestoneDue> announced = new ArrayList<>();
		for (RectificationTask task : this.tasks
			.findByStatusIn(List.of(TaskStatus.PLANNED, TaskStatus.IN_PROGRESS, TaskStatus.REOPENED))) {
			int window = this.settings.of(task.campaignId()).reminderDays();
			List<Milestone> due = task.milestonesToRemind(
					(day) -> !day.isBefore(today) && this.calendar.workingDaysBetween(today, day) <= window, today,
					this.clock.instant());
			if (due.isEmpty()) {
				continue;
			}
			for (Milestone milestone : due) {
				RectificationMilestoneDue event = new RectificationMilestoneDue(task.id(), task.campaignId(),
						task.regionCode(), milestone.id(), milestone.dueOn(), task.leadUnit(),
						task.responsiblePerson());
				this.events.publishEvent(event);
				announced.add(event);
			}
			this.tasks.save(task);
		}
		return announced;
	}

	RectificationTask owned(UUID taskId, CurrentOfficer officer) {
		return this.tasks.findById(taskId)
			.filter((found) -> officer.jurisdiction().covers(found.regionCode()))
			.orElseThrow(() -> new NotFoundException("rectification.task.notFound", taskId));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), CampaignDetails.CHINA_TIME);
	}

}
