package org.ducha.casework;

/**
 * The team's decision on a handling report.
 */
public enum ReviewDecision {

	/** 审核通过. */
	ACCEPT,
	/** 退回重办. */
	RETURN

}
