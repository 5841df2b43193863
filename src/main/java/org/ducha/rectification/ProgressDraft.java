package org.ducha.rectification;

import java.util.List;
import java.util.UUID;

/**
 * A progress report to record (调度).
 *
 * @param percent progress in percent, 0 to 100
 * @param narrative what was done
 * @param unableToFinish the owner says the task cannot be finished in time (turns it red)
 * @param milestonesDone milestones reported done
 */
public record ProgressDraft(Integer percent, String narrative, Boolean unableToFinish, List<UUID> milestonesDone) {

	public ProgressDraft {
		milestonesDone = (milestonesDone != null) ? List.copyOf(milestonesDone) : List.of();
	}

}
