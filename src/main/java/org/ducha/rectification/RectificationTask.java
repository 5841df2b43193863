package org.ducha.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import org.ducha.shared.ConflictException;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.NotFoundException;
import org.ducha.shared.RuleViolationException;

/**
 * 整改任务: one line of the plan's ledger, from planning through progress reports to
 * close-out, public notice, write-off and look-back. Every change goes through
 * {@link #moveTo} against {@link TaskStatus}'s table, lands in the history and is
 * announced as an event.
 */
@Entity
@Table(name = "rectification_task")
class RectificationTask extends AbstractAggregateRoot<RectificationTask> {

	@Id
	private UUID id;

	@Column(name = "plan_id", nullable = false)
	private UUID planId;

	@Column(name = "campaign_id", nullable = false)
	private UUID campaignId;

	@Column(name = "problem_id")
	private UUID problemId;

	@Column(name = "case_id")
	private UUID caseId;

	@Column(name = "seq_no", nullable = false)
	private int seqNo;

	@Column(nullable = false)
	private String problem;

	@Column(nullable = false)
	private String target;

	@Column(nullable = false)
	private String measures;

	@Column(name = "lead_unit", nullable = false)
	private String leadUnit;

	@Column(name = "co_units")
	private String coUnits;

	@Column(nullable = false)
	private String leader;

	@Column(name = "responsible_person", nullable = false)
	private String responsiblePerson;

	@Column(name = "region_code", nullable = false)
	private String regionCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TaskKind kind;

	@Column(name = "start_on", nullable = false)
	private LocalDate startOn;

	private LocalDate deadline;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TaskStatus status;

	@Column(nullable = false)
	private int progress;

	@Column(name = "unable_to_finish", nullable = false)
	private boolean unableToFinish;

	private String completion;

	@Column(name = "work_group_id")
	private UUID workGroupId;

	@Column(name = "notice_from")
	private LocalDate noticeFrom;

	@Column(name = "notice_until")
	private LocalDate noticeUntil;

	@Column(name = "written_off_on")
	private LocalDate writtenOffOn;

	@Column(name = "archived_on")
	private LocalDate archivedOn;

	@Column(name = "next_lookback_on")
	private LocalDate nextLookbackOn;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("dueOn")
	private List<Milestone> milestones = new ArrayList<>();

	@OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sequence")
	private List<ProgressReport> reports = new ArrayList<>();

	@OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sequence")
	private List<Acceptance> acceptances = new ArrayList<>();

	@OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("lodgedOn")
	private List<Objection> objections = new ArrayList<>();

	@OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("checkedOn")
	private List<Lookback> lookbacks = new ArrayList<>();

	@OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("deadline")
	private List<Site> sites = new ArrayList<>();

	@OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sequence")
	private List<TaskActivity> activities = new ArrayList<>();

	@Version
	private Integer version;

	protected RectificationTask() {
	}

	RectificationTask(RectificationPlan plan, int seqNo, TaskDraft draft, String problem, String regionCode,
			UUID caseId, String actor, LocalDate today, Instant now) {
		this.id = UUID.randomUUID();
		this.planId = plan.id();
		this.campaignId = plan.campaignId();
		this.problemId = draft.problemId();
		this.caseId = caseId;
		this.seqNo = seqNo;
		this.problem = problem;
		this.target = draft.target().strip();
		this.measures = draft.measures().strip();
		this.leadUnit = draft.leadUnit().strip();
		this.coUnits = blankToNull(draft.coUnits());
		this.leader = draft.leader().strip();
		this.responsiblePerson = draft.responsiblePerson().strip();
		this.regionCode = regionCode;
		this.kind = draft.kind();
		this.startOn = (draft.startOn() != null) ? draft.startOn() : today;
		this.deadline = draft.deadline();
		this.workGroupId = draft.workGroupId();
		this.status = TaskStatus.PLANNED;
		this.createdAt = now;
		for (TaskDraft.MilestoneDraft milestone : draft.milestones()) {
			this.milestones.add(
					new Milestone(this, milestone.dueOn(), milestone.description().strip(), milestone.targetPercent()));
		}
		record(now, actor, "CREATED", null, TaskStatus.PLANNED, (caseId != null) ? "case" : null);
	}

	UUID id() {
		return this.id;
	}

	UUID campaignId() {
		return this.campaignId;
	}

	UUID planId() {
		return this.planId;
	}

	String regionCode() {
		return this.regionCode;
	}

	String leadUnit() {
		return this.leadUnit;
	}

	String responsiblePerson() {
		return this.responsiblePerson;
	}

	String leader() {
		return this.leader;
	}

	TaskStatus status() {
		return this.status;
	}

	LocalDate noticeUntil() {
		return this.noticeUntil;
	}

	/**
	 * 调度: records a periodic progress report. The first report starts the work; a
	 * milestone is done when named as done or when the progress reaches its target.
	 */
	void reportProgress(int percent, String narrative, boolean unable, Collection<UUID> milestonesDone, String actor,
			LocalDate today, Instant now) {
		if (!this.status.isOpen()) {
			throw new ConflictException("rectification.progress.notOpen", this.status);
		}
		if (percent < this.progress && !unable) {
			throw new RuleViolationException(
					new FieldViolation("percent", "rectification.percent.backwards", this.progress));
		}
		for (UUID milestoneId : milestonesDone) {
			milestone(milestoneId).markDone(today);
		}
		this.milestones.stream().filter((milestone) -> milestone.reachedBy(percent)).forEach((m) -> m.markDone(today));
		this.reports
			.add(new ProgressReport(this, this.reports.size() + 1, today, percent, narrative, unable, actor, now));
		this.progress = percent;
		this.unableToFinish = unable;
		if (this.status != TaskStatus.IN_PROGRESS) {
			moveTo(TaskStatus.IN_PROGRESS, actor, now, "PROGRESS_REPORTED", percent + "%");
		}
		else {
			record(now, actor, "PROGRESS_REPORTED", null, null, percent + "%");
		}
	}

	/**
	 * 申请销号: the owner states what was done and applies for close-out; evidence specific
	 * to this task must be attached first.
	 */
	void requestCloseOut(String completion, long closeOutEvidence, String actor, LocalDate today, Instant now) {
		if (closeOutEvidence == 0) {
			throw new RuleViolationException(new FieldViolation("evidence", "rectification.closeout.noEvidence"));
		}
		this.completion = completion.strip();
		this.progress = 100;
		this.unableToFinish = false;
		this.milestones.forEach((milestone) -> milestone.markDone(today));
		moveTo(TaskStatus.CLOSEOUT_REQUESTED, actor, now, "CLOSEOUT_REQUESTED", null);
	}

	/**
	 * 验收: passed moves on to sign-off; failed sends the task back to work.
	 */
	void decideAcceptance(AcceptanceDecision decision, String actor, LocalDate today, Instant now) {
		if (this.status != TaskStatus.CLOSEOUT_REQUESTED) {
			throw new ConflictException("rectification.transition", this.status, TaskStatus.ACCEPTED);
		}
		if (decision.passed() && this.sites.stream().anyMatch((site) -> !site.isAccepted())) {
			throw new RuleViolationException(new FieldViolation("passed", "rectification.sites.notAccepted"));
		}
		this.acceptances.add(new Acceptance(this, this.acceptances.size() + 1, decision, actor, today));
		if (decision.passed()) {
			moveTo(TaskStatus.ACCEPTED, actor, now, "ACCEPTANCE_PASSED", decision.findings().strip());
		}
		else {
			this.progress = Math.min(this.progress, 90);
			moveTo(TaskStatus.IN_PROGRESS, actor, now, "ACCEPTANCE_FAILED", decision.findings().strip());
		}
	}

	/**
	 * 审核签字 and 公示: signed off; the public notice runs for the given number of calendar
	 * days starting today.
	 */
	void signOff(int noticeDays, String actor, LocalDate today, Instant now) {
		moveTo(TaskStatus.IN_PUBLIC_NOTICE, actor, now, "SIGNED_OFF", null);
		this.noticeFrom = today;
		this.noticeUntil = today.plusDays(noticeDays - 1L);
	}

	boolean inNoticeOn(LocalDate day) {
		return this.status == TaskStatus.IN_PUBLIC_NOTICE && !day.isBefore(this.noticeFrom)
				&& !day.isAfter(this.noticeUntil);
	}

	/**
	 * 异议: lodged during the notice; pauses the close-out until the team reviews it.
	 * @param lodgedBy the officer who recorded it, or {@code null} from the public portal
	 */
	UUID lodgeObjection(String content, String lodgedBy, LocalDate today, Instant now) {
		if (!inNoticeOn(today)) {
			throw new ConflictException("rectification.objection.notInNotice", this.status);
		}
		Objection objection = new Objection(this, today, lodgedBy, content.strip());
		this.objections.add(objection);
		record(now, (lodgedBy != null) ? lodgedBy : "public", "OBJECTION_LODGED", null, null, null);
		return objection.id();
	}

	/**
	 * Reviews an objection: upheld sends the task back to work; dismissed resumes the
	 * notice, extended by the days it was paused.
	 */
	void reviewObjection(UUID objectionId, boolean upheld, String resolution, String actor, LocalDate today,
			Instant now) {
		Objection objection = this.objections.stream()
			.filter((found) -> found.id().equals(objectionId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("rectification.objection.notFound", objectionId));
		if (!objection.isOpen()) {
			throw new ConflictException("rectification.objection.resolved", objectionId);
		}
		objection.resolve(upheld, resolution.strip(), actor, today);
		if (upheld) {
			this.progress = Math.min(this.progress, 90);
			moveTo(TaskStatus.IN_PROGRESS, actor, now, "OBJECTION_UPHELD", resolution.strip());
		}
		else {
			long paused = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(objection.lodgedOn(), today));
			this.noticeUntil = this.noticeUntil.plusDays(paused);
			record(now, actor, "OBJECTION_DISMISSED", null, null, resolution.strip());
		}
	}

	boolean hasOpenObjection() {
		return this.objections.stream().anyMatch(Objection::isOpen);
	}

	/**
	 * 销号: written off once the notice has run its course without an open objection; the
	 * look-back is scheduled.
	 */
	void writeOff(int lookbackMonths, String actor, LocalDate today, Instant now) {
		if (this.status == TaskStatus.IN_PUBLIC_NOTICE && hasOpenObjection()) {
			throw new ConflictException("rectification.writeOff.objection", this.id);
		}
		if (this.status == TaskStatus.IN_PUBLIC_NOTICE && !today.isAfter(this.noticeUntil)) {
			throw new ConflictException("rectification.writeOff.noticeRunning", this.noticeUntil);
		}
		moveTo(TaskStatus.WRITTEN_OFF, actor, now, "WRITTEN_OFF", null);
		this.writtenOffOn = today;
		this.nextLookbackOn = today.plusMonths(lookbackMonths);
	}

	/** 归档: files a written-off task. */
	void archive(String actor, LocalDate today, Instant now) {
		if (this.status != TaskStatus.WRITTEN_OFF) {
			throw new ConflictException("rectification.archive.notWrittenOff", this.status);
		}
		if (this.archivedOn != null) {
			throw new ConflictException("rectification.archive.already", this.archivedOn);
		}
		this.archivedOn = today;
		record(now, actor, "ARCHIVED", null, null, null);
	}

	/**
	 * 回头看: a re-check of a written-off task. A rebound reopens it with its history; a
	 * clean check schedules the next one.
	 */
	void lookBack(boolean rebound, String findings, int lookbackMonths, String actor, LocalDate today, Instant now) {
		if (this.status != TaskStatus.WRITTEN_OFF) {
			throw new ConflictException("rectification.lookback.notWrittenOff", this.status);
		}
		this.lookbacks.add(new Lookback(this, today, rebound, findings.strip(), actor));
		if (rebound) {
			moveTo(TaskStatus.REOPENED, actor, now, "REBOUND", findings.strip());
			this.startOn = today;
			this.progress = 0;
			this.writtenOffOn = null;
			this.archivedOn = null;
			this.nextLookbackOn = null;
			this.noticeFrom = null;
			this.noticeUntil = null;
			if (this.deadline != null && this.deadline.isBefore(today)) {
				this.deadline = null;
			}
			this.milestones.forEach(Milestone::reopen);
		}
		else {
			this.nextLookbackOn = today.plusMonths(lookbackMonths);
			record(now, actor, "LOOKBACK_CLEAN", null, null, findings.strip());
		}
	}

	/**
	 * Gives a reopened task its new deadline (a rebound needs a new plan of its own).
	 */
	void reschedule(LocalDate newDeadline, String actor, Instant now) {
		if (!this.status.isOpen()) {
			throw new ConflictException("rectification.progress.notOpen", this.status);
		}
		this.deadline = newDeadline;
		record(now, actor, "RESCHEDULED", null, null, String.valueOf(newDeadline));
	}

	void addSite(SiteDraft draft, String actor, Instant now) {
		if (this.sites.stream().anyMatch((site) -> site.name().equals(draft.name().strip()))) {
			throw new ConflictException("rectification.site.duplicate", draft.name().strip());
		}
		this.sites.add(new Site(this, draft));
		record(now, actor, "SITE_ADDED", null, null, draft.name().strip());
	}

	void acceptSite(UUID siteId, String findings, String actor, LocalDate today, Instant now) {
		Site site = this.sites.stream()
			.filter((found) -> found.id().equals(siteId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("rectification.site.notFound", siteId));
		if (site.isAccepted()) {
			throw new ConflictException("rectification.site.accepted", site.name());
		}
		site.accept(today, findings.strip());
		record(now, actor, "SITE_ACCEPTED", null, null, site.name());
	}

	/**
	 * The milestones to remind the owners of today: not done, not yet reminded, falling
	 * due within the window. Marks them reminded.
	 */
	List<Milestone> milestonesToRemind(java.util.function.Predicate<LocalDate> withinWindow, LocalDate today,
			Instant now) {
		if (!this.status.isOpen()) {
			return List.of();
		}
		List<Milestone> due = this.milestones.stream()
			.filter(Milestone::needsReminder)
			.filter((milestone) -> withinWindow.test(milestone.dueOn()))
			.toList();
		for (Milestone milestone : due) {
			milestone.reminded(today);
			record(now, "system", "MILESTONE_REMINDER", null, null, milestone.dueOn() + " " + milestone.description());
		}
		return due;
	}

	private Milestone milestone(UUID id) {
		return this.milestones.stream()
			.filter((found) -> found.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new RuleViolationException(
					new FieldViolation("milestonesDone", "rectification.milestone.notFound", id)));
	}

	private void moveTo(TaskStatus next, String actor, Instant now, String action, String remark) {
		if (!this.status.canMoveTo(next)) {
			throw new ConflictException("rectification.transition", this.status, next);
		}
		TaskStatus from = this.status;
		this.status = next;
		record(now, actor, action, from, next, remark);
		registerEvent(new RectificationTaskMoved(this.id, this.campaignId, this.regionCode, from, next));
	}

	private void record(Instant now, String actor, String action, TaskStatus from, TaskStatus to, String remark) {
		this.activities.add(new TaskActivity(this, this.activities.size() + 1, now, actor, action, from, to, remark));
	}

	TaskWarnings.Facts facts() {
		return new TaskWarnings.Facts(this.status, this.startOn, this.deadline,
				this.milestones.stream().map(Milestone::view).toList(), this.progress, this.unableToFinish);
	}

	TaskView view(TaskWarnings warnings, LocalDate today, int tolerance, List<EvidenceView> evidence) {
		TaskWarnings.Facts facts = facts();
		return new TaskView(this.id, this.planId, this.campaignId, this.problemId, this.caseId, this.seqNo,
				this.problem, this.target, this.measures, this.leadUnit, this.coUnits, this.leader,
				this.responsiblePerson, this.regionCode, this.kind, this.startOn, this.deadline, this.status,
				this.progress, warnings.expectedProgress(facts, today), warnings.colour(facts, today, tolerance),
				this.unableToFinish, this.completion, this.workGroupId, this.noticeFrom, this.noticeUntil,
				hasOpenObjection(), this.writtenOffOn, this.archivedOn, this.nextLookbackOn, facts.milestones(),
				this.reports.stream().map(ProgressReport::view).toList(),
				this.acceptances.stream().map(Acceptance::view).toList(),
				this.objections.stream().map(Objection::view).toList(),
				this.lookbacks.stream().map(Lookback::view).toList(),
				this.sites.stream().map((site) -> site.view(today)).toList(), evidence,
				this.activities.stream()
					.map(TaskActivity::view)
					.sorted(Comparator.comparingInt(TaskHistoryEntry::sequence))
					.toList(),
				this.version);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
