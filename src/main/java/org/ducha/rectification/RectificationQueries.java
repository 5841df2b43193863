package org.ducha.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ducha.accounts.Jurisdiction;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.disclosure.PublicText;
import org.ducha.shared.NotFoundException;

/**
 * Reads the ledger: one task with its whole history, filtered task lists with their
 * derived colours, the board by colour, unit and leader, and the public notices.
 */
@Service
public class RectificationQueries {

	private final RectificationTasks tasks;

	private final RectificationPlans plans;

	private final TaskEvidences evidences;

	private final CampaignSettings settings;

	private final TaskWarnings warnings;

	private final PublicText publicText;

	private final Clock clock;

	RectificationQueries(RectificationTasks tasks, RectificationPlans plans, TaskEvidences evidences,
			CampaignSettings settings, TaskWarnings warnings, PublicText publicText, Clock clock) {
		this.tasks = tasks;
		this.plans = plans;
		this.evidences = evidences;
		this.settings = settings;
		this.warnings = warnings;
		this.publicText = publicText;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public TaskView task(UUID id, Jurisdiction jurisdiction) {
		return task(id, jurisdiction, today());
	}

	@Transactional(readOnly = true)
	public TaskView task(UUID id, Jurisdiction jurisdiction, LocalDate today) {
		RectificationTask task = this.tasks.findById(id)
			.filter((found) -> jurisdiction.covers(found.regionCode()))
			.orElseThrow(() -> new NotFoundException("rectification.task.notFound", id));
		return task.view(this.warnings, today, this.settings.of(task.campaignId()).slipTolerance(), evidence(id));
	}

	/**
	 * The evidence of a task, each with the other tasks given the same file.
	 */
	List<EvidenceView> evidence(UUID taskId) {
		List<TaskEvidence> own = this.evidences.findByTaskIdOrderByUploadedAt(taskId);
		if (own.isEmpty()) {
			return List.of();
		}
		Map<String, List<UUID>> elsewhere = this.evidences
			.findBySha256In(own.stream().map(TaskEvidence::sha256).collect(Collectors.toSet()))
			.stream()
			.filter((other) -> !other.taskId().equals(taskId))
			.collect(Collectors.groupingBy(TaskEvidence::sha256, Collectors.mapping(TaskEvidence::taskId,
					Collectors.collectingAndThen(Collectors.toSet(), (ids) -> ids.stream().sorted().toList()))));
		return own.stream().map((file) -> file.view(elsewhere.getOrDefault(file.sha256(), List.of()))).toList();
	}

	@Transactional(readOnly = true)
	public List<TaskView> tasks(TaskFilter filter, Jurisdiction jurisdiction) {
		return tasks(filter, jurisdiction, today());
	}

	@Transactional(readOnly = true)
	public List<TaskView> tasks(TaskFilter filter, Jurisdiction jurisdiction, LocalDate today) {
		if (filter.campaignId() == null) {
			return List.of();
		}
		int tolerance = this.settings.of(filter.campaignId()).slipTolerance();
		return this.tasks.findByCampaignIdOrderByPlanIdAscSeqNoAsc(filter.campaignId())
			.stream()
			.filter((task) -> jurisdiction.covers(task.regionCode()))
			.map((task) -> task.view(this.warnings, today, tolerance, List.of()))
			.filter((task) -> filter.planId() == null || filter.planId().equals(task.planId()))
			.filter((task) -> filter.status() == null || filter.status() == task.status())
			.filter((task) -> filter.colour() == null || (task.status().isOpen() && filter.colour() == task.colour()))
			.filter((task) -> contains(task.leadUnit(), filter.unit()))
			.filter((task) -> contains(task.leader(), filter.leader()))
			.filter((task) -> filter.workGroupId() == null || filter.workGroupId().equals(task.workGroupId()))
			.toList();
	}

	/**
	 * The board of all tasks of a campaign by colour, lead unit and leader, today.
	 */
	@Transactional(readOnly = true)
	public BoardView board(UUID campaignId, Jurisdiction jurisdiction) {
		return board(campaignId, jurisdiction, today());
	}

	/**
	 * The board of all tasks of a campaign by colour, lead unit and leader on a day.
	 */
	@Transactional(readOnly = true)
	public BoardView board(UUID campaignId, Jurisdiction jurisdiction, LocalDate today) {
		int tolerance = this.settings.of(campaignId).slipTolerance();
		List<BoardTask> all = this.tasks.withMilestones(campaignId)
			.stream()
			.filter((task) -> jurisdiction.covers(task.regionCode()))
			.map((task) -> new BoardTask(task.status(), this.warnings.colour(task.facts(), today, tolerance),
					task.leadUnit(), task.leader()))
			.toList();
		Map<WarningColour, Long> byColour = new EnumMap<>(WarningColour.class);
		for (WarningColour colour : WarningColour.values()) {
			byColour.put(colour,
					all.stream().filter((task) -> task.status().isOpen() && task.colour() == colour).count());
		}
		long done = all.stream().filter((task) -> task.status() == TaskStatus.WRITTEN_OFF).count();
		long inCloseOut = all.stream().filter(RectificationQueries::inCloseOut).count();
		return new BoardView(byColour, done, inCloseOut, rows(all, BoardTask::leadUnit), rows(all, BoardTask::leader));
	}

	/**
	 * What the board needs of a task: its status, colour, lead unit and leader (not its
	 * reports, acceptances, objections, look-backs, sites, evidence or history).
	 */
	private record BoardTask(TaskStatus status, WarningColour colour, String leadUnit, String leader) {

	}

	private static boolean inCloseOut(BoardTask task) {
		return Set.of(TaskStatus.CLOSEOUT_REQUESTED, TaskStatus.ACCEPTED, TaskStatus.IN_PUBLIC_NOTICE)
			.contains(task.status());
	}

	private static List<BoardView.Row> rows(List<BoardTask> all, Function<BoardTask, String> key) {
		Map<String, List<BoardTask>> grouped = all.stream()
			.collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
		List<BoardView.Row> rows = new ArrayList<>();
		grouped.forEach((name,
				group) -> rows.add(new BoardView.Row(name, count(group, WarningColour.BLUE),
						count(group, WarningColour.YELLOW), count(group, WarningColour.RED),
						group.stream().filter(RectificationQueries::inCloseOut).count(),
						group.stream().filter((task) -> task.status() == TaskStatus.WRITTEN_OFF).count())));
		rows.sort((a, b) -> Long.compare(b.red() * 1000 + b.yellow(), a.red() * 1000 + a.yellow()));
		return rows;
	}

	private static long count(List<BoardTask> group, WarningColour colour) {
		return group.stream().filter((task) -> task.status().isOpen() && task.colour() == colour).count();
	}

	/**
	 * The tasks in public notice today, redacted for publication, optionally of one
	 * campaign.
	 */
	@Transactional(readOnly = true)
	public List<PublicNotice> publicNotices(UUID campaignId) {
		LocalDate today = today();
		Map<UUID, String> titles = new TreeMap<>();
		return this.tasks.findByStatusOrderByNoticeUntil(TaskStatus.IN_PUBLIC_NOTICE)
			.stream()
			.filter((task) -> campaignId == null || campaignId.equals(task.campaignId()))
			.filter((task) -> task.inNoticeOn(today))
			.map((task) -> {
				TaskView view = task.view(this.warnings, today, 0, List.of());
				String title = titles.computeIfAbsent(task.planId(),
						(id) -> this.plans.findById(id).map(RectificationPlan::title).orElse(""));
				return new PublicNotice(view.id(), view.campaignId(), view.seqNo(), title, clean(view.problem()),
						clean(view.target()), clean(view.completion()), view.leadUnit(), view.noticeFrom(),
						view.noticeUntil(), view.objectionOpen());
			})
			.toList();
	}

	private String clean(String text) {
		return this.publicText.redact(text).text();
	}

	private static boolean contains(String value, String wanted) {
		return wanted == null || wanted.isBlank() || (value != null && value.contains(wanted.strip()));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), CampaignDetails.CHINA_TIME);
	}

}
