package org.ducha.followup;

/**
 * 回访结果.
 */
public enum Satisfaction {

	/** 满意. */
	SATISFIED,
	/** 基本满意. */
	BASICALLY_SATISFIED,
	/** 不满意: the case goes back to its unit. */
	DISSATISFIED,
	/** 无法联系. */
	UNREACHABLE

}
