package org.ducha.rectification;

/**
 * The warning label of a task, derived from dates and progress, never stored.
 */
public enum WarningColour {

	/** 蓝签: on schedule (or finished and in close-out). */
	BLUE,

	/** 黄牌: slipping behind the expected progress, or a milestone missed. */
	YELLOW,

	/** 红灯: overdue, or the owner reports it cannot be finished. */
	RED

}
