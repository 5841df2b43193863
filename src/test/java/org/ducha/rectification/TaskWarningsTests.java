package org.ducha.rectification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.ducha.calendar.WorkingCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expected progress (序时进度) and the blue / yellow / red warning on a fixed calendar around
 * the 2026 National Day holiday: 10-01..10-07 off, Saturday 10-10 a make-up working day.
 * From Monday 09-28 to Friday 10-16 there are ten working days (09-29, 09-30, 10-08,
 * 10-09, 10-10, 10-12..10-16).
 */
class TaskWarningsTests {

	static final LocalDate START = LocalDate.of(2026, 9, 28);

	static final LocalDate DEADLINE = LocalDate.of(2026, 10, 16);

	static final int TOLERANCE = 10;

	final TaskWarnings warnings = new TaskWarnings(WorkingCalendar.chinese());

	@Test
	void expectsProgressInWorkingDaysSoAHolidayAddsNone() {
		TaskWarnings.Facts facts = facts(TaskStatus.IN_PROGRESS, 0, false, List.of());
		assertThat(this.warnings.expectedProgress(facts, START)).isZero();
		assertThat(this.warnings.expectedProgress(facts, LocalDate.of(2026, 9, 30))).isEqualTo(20);
		assertThat(this.warnings.expectedProgress(facts, LocalDate.of(2026, 10, 7))).as("still 20 after the holiday")
			.isEqualTo(20);
		assertThat(this.warnings.expectedProgress(facts, LocalDate.of(2026, 10, 8))).isEqualTo(30);
		assertThat(this.warnings.expectedProgress(facts, LocalDate.of(2026, 10, 10))).as("make-up Saturday counts")
			.isEqualTo(50);
		assertThat(this.warnings.expectedProgress(facts, LocalDate.of(2026, 10, 11))).as("Sunday adds nothing")
			.isEqualTo(50);
		assertThat(this.warnings.expectedProgress(facts, DEADLINE)).isEqualTo(100);
		assertThat(this.warnings.expectedProgress(facts, DEADLINE.plusDays(30))).isEqualTo(100);
	}

	@Test
	void staysBlueThroughTheHolidayAndTurnsYellowOnTheFirstWorkingDayBehind() {
		TaskWarnings.Facts tenPercent = facts(TaskStatus.IN_PROGRESS, 10, false, List.of());
		assertThat(this.warnings.colour(tenPercent, LocalDate.of(2026, 10, 7), TOLERANCE))
			.isEqualTo(WarningColour.BLUE);
		assertThat(this.warnings.colour(tenPercent, LocalDate.of(2026, 10, 8), TOLERANCE))
			.isEqualTo(WarningColour.YELLOW);
		TaskWarnings.Facts onTrack = facts(TaskStatus.IN_PROGRESS, 30, false, List.of());
		assertThat(this.warnings.colour(onTrack, LocalDate.of(2026, 10, 8), TOLERANCE)).isEqualTo(WarningColour.BLUE);
	}

	@Test
	void followsTheMilestoneTargetsBetweenStartAndDeadline() {
		MilestoneView halfByOctoberNinth = new MilestoneView(UUID.randomUUID(), LocalDate.of(2026, 10, 9), "主体工程完工", 50,
				null);
		TaskWarnings.Facts facts = facts(TaskStatus.IN_PROGRESS, 0, false, List.of(halfByOctoberNinth));
		// 0 → 50 % over the four working days to 10-09, then 50 → 100 % over the six
		// after it
		assertThat(this.warnings.expectedProgress(facts, LocalDate.of(2026, 9, 30))).isEqualTo(25);
		assertThat(this.warnings.expectedProgress(facts, LocalDate.of(2026, 10, 9))).isEqualTo(50);
		assertThat(this.warnings.expectedProgress(facts, LocalDate.of(2026, 10, 10))).isEqualTo(58);
	}

	@Test
	void turnsYellowTheDayAfterAMilestonePassesUndoneWhateverTheProgress() {
		MilestoneView open = new MilestoneView(UUID.randomUUID(), LocalDate.of(2026, 10, 9), "主体工程完工", null, null);
		MilestoneView done = new MilestoneView(open.id(), open.dueOn(), open.description(), null,
				LocalDate.of(2026, 10, 9));
		assertThat(this.warnings.colour(facts(TaskStatus.IN_PROGRESS, 60, false, List.of(open)),
				LocalDate.of(2026, 10, 9), TOLERANCE))
			.as("due today is not missed")
			.isEqualTo(WarningColour.BLUE);
		assertThat(this.warnings.colour(facts(TaskStatus.IN_PROGRESS, 60, false, List.of(open)),
				LocalDate.of(2026, 10, 10), TOLERANCE))
			.isEqualTo(WarningColour.YELLOW);
		assertThat(this.warnings.colour(facts(TaskStatus.IN_PROGRESS, 60, false, List.of(done)),
				LocalDate.of(2026, 10, 10), TOLERANCE))
			.isEqualTo(WarningColour.BLUE);
	}

	@Test
	void turnsRedAfterTheDeadlineOrWhenTheOwnerSaysItCannotBeFinished() {
		assertThat(this.warnings.colour(facts(TaskStatus.IN_PROGRESS, 95, false, List.of()), DEADLINE, TOLERANCE))
			.isEqualTo(WarningColour.BLUE);
		assertThat(this.warnings.colour(facts(TaskStatus.IN_PROGRESS, 95, false, List.of()), DEADLINE.plusDays(1),
				TOLERANCE))
			.isEqualTo(WarningColour.RED);
		assertThat(this.warnings.colour(facts(TaskStatus.IN_PROGRESS, 40, true, List.of()), LocalDate.of(2026, 9, 30),
				TOLERANCE))
			.isEqualTo(WarningColour.RED);
		assertThat(
				this.warnings.colour(facts(TaskStatus.REOPENED, 0, false, List.of()), DEADLINE.plusDays(1), TOLERANCE))
			.isEqualTo(WarningColour.RED);
	}

	@Test
	void keepsTasksInCloseOutBlueEvenPastTheirDeadline() {
		for (TaskStatus status : List.of(TaskStatus.CLOSEOUT_REQUESTED, TaskStatus.ACCEPTED,
				TaskStatus.IN_PUBLIC_NOTICE, TaskStatus.WRITTEN_OFF)) {
			assertThat(this.warnings.colour(facts(status, 100, false, List.of()), DEADLINE.plusDays(10), TOLERANCE))
				.as(status.name())
				.isEqualTo(WarningColour.BLUE);
		}
	}

	@Test
	void hasNoExpectedProgressForAnOngoingTaskWithoutDeadlineOrTargets() {
		TaskWarnings.Facts ongoing = new TaskWarnings.Facts(TaskStatus.IN_PROGRESS, START, null, List.of(), 0, false);
		assertThat(this.warnings.expectedProgress(ongoing, LocalDate.of(2027, 1, 1))).isNull();
		assertThat(this.warnings.colour(ongoing, LocalDate.of(2027, 1, 1), TOLERANCE)).isEqualTo(WarningColour.BLUE);
	}

	static TaskWarnings.Facts facts(TaskStatus status, int progress, boolean unable, List<MilestoneView> milestones) {
		return new TaskWarnings.Facts(status, START, DEADLINE, milestones, progress, unable);
	}

}
