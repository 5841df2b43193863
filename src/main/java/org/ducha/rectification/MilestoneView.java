package org.ducha.rectification;

import java.time.LocalDate;
import java.util.UUID;

/**
 * 时间节点: a dated step of a task, optionally with the progress expected by then.
 *
 * @param id the milestone
 * @param dueOn the date
 * @param description what should be done by then
 * @param targetPercent the progress expected by then, if given
 * @param doneOn when it was reported done, if it was
 */
public record MilestoneView(UUID id, LocalDate dueOn, String description, Integer targetPercent, LocalDate doneOn) {

	public boolean missedBy(LocalDate today) {
		return this.doneOn == null && this.dueOn.isBefore(today);
	}

}
