package org.ducha.rectification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ducha.calendar.WorkingCalendar;

/**
 * Derives a task's expected progress (序时进度) and its warning colour from its dates, its
 * milestones and the reported progress, counting working days on the Chinese calendar
 * (holidays do not count as time to work, 调休 make-up days do).
 * <p>
 * Expected progress runs linearly in working days from 0 % at the start through each
 * milestone that names a target percentage to 100 % at the deadline. The colour is
 * {@link WarningColour#RED} when the deadline has passed or the owner reports the task
 * cannot be finished, {@link WarningColour#YELLOW} when a milestone passed undone or the
 * reported progress lags the expected progress by more than the tolerance, otherwise
 * {@link WarningColour#BLUE}. Tasks in close-out are blue.
 */
@org.springframework.stereotype.Component
public final class TaskWarnings {

	private final WorkingCalendar calendar;

	public TaskWarnings(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	/**
	 * The schedule facts of one task.
	 *
	 * @param status the status
	 * @param startOn when work started
	 * @param deadline 完成时限, none for some ongoing tasks
	 * @param milestones the milestones
	 * @param progress the last reported percentage
	 * @param unableToFinish whether the owner reported it cannot be finished in time
	 */
	public record Facts(TaskStatus status, LocalDate startOn, LocalDate deadline, List<MilestoneView> milestones,
			int progress, boolean unableToFinish) {

	}

	/**
	 * The progress expected on a day, or {@code null} when the task has neither a
	 * deadline nor a milestone with a target.
	 */
	public Integer expectedProgress(Facts facts, LocalDate today) {
		List<Point> points = new ArrayList<>();
		points.add(new Point(facts.startOn(), 0));
		facts.milestones()
			.stream()
			.filter((milestone) -> milestone.targetPercent() != null && milestone.dueOn().isAfter(facts.startOn()))
			.sorted(Comparator.comparing(MilestoneView::dueOn))
			.forEach((milestone) -> points.add(new Point(milestone.dueOn(), milestone.targetPercent())));
		if (facts.deadline() != null) {
			points.removeIf((point) -> point.day().isAfter(facts.deadline()));
			points.add(new Point(facts.deadline(), 100));
		}
		if (points.size() < 2) {
			return null;
		}
		if (!today.isAfter(facts.startOn())) {
			return 0;
		}
		for (int i = 1; i < points.size(); i++) {
			Point from = points.get(i - 1);
			Point to = points.get(i);
			if (!today.isAfter(to.day())) {
				int span = this.calendar.workingDaysBetween(from.day(), to.day());
				if (span <= 0) {
					return to.percent();
				}
				int done = this.calendar.workingDaysBetween(from.day(), today);
				return from.percent() + Math.round((float) (to.percent() - from.percent()) * done / span);
			}
		}
		return points.get(points.size() - 1).percent();
	}

	/**
	 * The warning colour on a day.
	 * @param facts the task's facts
	 * @param today the day
	 * @param tolerance how many percentage points behind the expected progress still
	 * count as on schedule
	 * @return the colour
	 */
	public WarningColour colour(Facts facts, LocalDate today, int tolerance) {
		if (!facts.status().isOpen()) {
			return WarningColour.BLUE;
		}
		if (facts.unableToFinish() || (facts.deadline() != null && today.isAfter(facts.deadline()))) {
			return WarningColour.RED;
		}
		if (facts.milestones().stream().anyMatch((milestone) -> milestone.missedBy(today))) {
			return WarningColour.YELLOW;
		}
		Integer expected = expectedProgress(facts, today);
		if (expected != null && facts.progress() + tolerance < expected) {
			return WarningColour.YELLOW;
		}
		return WarningColour.BLUE;
	}

	private record Point(LocalDate day, int percent) {

	}

}
