package org.ducha.casework;

import java.time.LocalDate;

/**
 * 预警颜色 of a running deadline, derived from the due day and today, never stored.
 */
public enum DeadlineColour {

	/** Nothing due soon, or nothing running. */
	GREEN,
	/** 临期: due today or tomorrow. */
	YELLOW,
	/** 超期: overdue. */
	RED;

	static DeadlineColour of(LocalDate due, LocalDate today) {
		if (due == null) {
			return GREEN;
		}
		if (today.isAfter(due)) {
			return RED;
		}
		return today.plusDays(1).isBefore(due) ? GREEN : YELLOW;
	}

}
