package org.ducha.rectification;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.rectification.TaskStatus.ACCEPTED;
import static org.ducha.rectification.TaskStatus.CLOSEOUT_REQUESTED;
import static org.ducha.rectification.TaskStatus.IN_PROGRESS;
import static org.ducha.rectification.TaskStatus.IN_PUBLIC_NOTICE;
import static org.ducha.rectification.TaskStatus.PLANNED;
import static org.ducha.rectification.TaskStatus.REOPENED;
import static org.ducha.rectification.TaskStatus.WRITTEN_OFF;

/**
 * The 销号 procedure as a transition matrix: every status pair is either allowed or
 * refused, as the procedure says.
 */
class TaskStatusTests {

	/** What each status may become: the procedure, written out. */
	static final Map<TaskStatus, Set<TaskStatus>> PROCEDURE = Map.of(
			// first progress report, or an immediate task applying for close-out at once
			PLANNED, EnumSet.of(IN_PROGRESS, CLOSEOUT_REQUESTED),
			// only by applying for close-out with evidence
			IN_PROGRESS, EnumSet.of(CLOSEOUT_REQUESTED),
			// acceptance passes, or fails and sends the task back to work
			CLOSEOUT_REQUESTED, EnumSet.of(ACCEPTED, IN_PROGRESS),
			// sign-off starts the public notice; nothing skips it
			ACCEPTED, EnumSet.of(IN_PUBLIC_NOTICE),
			// written off after the notice, or back to work when an objection is upheld
			IN_PUBLIC_NOTICE, EnumSet.of(WRITTEN_OFF, IN_PROGRESS),
			// only a look-back with a rebound reopens a written-off task
			WRITTEN_OFF, EnumSet.of(REOPENED),
			// a reopened task works again, or goes straight to a new close-out
			REOPENED, EnumSet.of(IN_PROGRESS, CLOSEOUT_REQUESTED));

	@Test
	void allowsExactlyTheStepsOfTheCloseOutProcedure() {
		int checked = 0;
		for (TaskStatus from : TaskStatus.values()) {
			for (TaskStatus to : TaskStatus.values()) {
				assertThat(from.canMoveTo(to)).as("%s → %s", from, to).isEqualTo(PROCEDURE.get(from).contains(to));
				checked++;
			}
		}
		assertThat(checked).isEqualTo(49);
	}

	@Test
	void neverSkipsAcceptanceOrTheNotice() {
		for (TaskStatus from : EnumSet.of(PLANNED, IN_PROGRESS, REOPENED, CLOSEOUT_REQUESTED)) {
			assertThat(from.canMoveTo(WRITTEN_OFF)).as(from.name()).isFalse();
			assertThat(from.canMoveTo(IN_PUBLIC_NOTICE)).as(from.name()).isFalse();
		}
		assertThat(IN_PROGRESS.canMoveTo(ACCEPTED)).isFalse();
	}

	@Test
	void countsOnlyPlannedInProgressAndReopenedAsOpenWork() {
		assertThat(EnumSet.allOf(TaskStatus.class).stream().filter(TaskStatus::isOpen))
			.containsExactlyInAnyOrder(PLANNED, IN_PROGRESS, REOPENED);
	}

}
