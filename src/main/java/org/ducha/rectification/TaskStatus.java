package org.ducha.rectification;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a rectification task stands in the 销号 procedure. The one transition table every
 * change of a task is checked against.
 */
public enum TaskStatus {

	/** 已列入清单: in the plan, no progress reported yet. */
	PLANNED,

	/** 整改中: progress is being reported. */
	IN_PROGRESS,

	/** 申请销号: the owner applied for close-out with evidence. */
	CLOSEOUT_REQUESTED,

	/** 验收通过: the accepting unit passed it on site and on the documents. */
	ACCEPTED,

	/** 公示中: signed off and in public notice; objections may be lodged. */
	IN_PUBLIC_NOTICE,

	/** 已销号: written off after the notice. */
	WRITTEN_OFF,

	/** 重新整改: a look-back found the problem had come back (反弹回潮). */
	REOPENED;

	private static final Map<TaskStatus, Set<TaskStatus>> TRANSITIONS = Map.of(PLANNED,
			EnumSet.of(IN_PROGRESS, CLOSEOUT_REQUESTED), IN_PROGRESS, EnumSet.of(CLOSEOUT_REQUESTED),
			CLOSEOUT_REQUESTED, EnumSet.of(ACCEPTED, IN_PROGRESS), ACCEPTED, EnumSet.of(IN_PUBLIC_NOTICE),
			IN_PUBLIC_NOTICE, EnumSet.of(WRITTEN_OFF, IN_PROGRESS), WRITTEN_OFF, EnumSet.of(REOPENED), REOPENED,
			EnumSet.of(IN_PROGRESS, CLOSEOUT_REQUESTED));

	public boolean canMoveTo(TaskStatus next) {
		return TRANSITIONS.get(this).contains(next);
	}

	/**
	 * Whether the owner is still working on the task (progress may be reported, the
	 * warning colour applies).
	 * @return true while planned, in progress or reopened
	 */
	public boolean isOpen() {
		return this == PLANNED || this == IN_PROGRESS || this == REOPENED;
	}

}
