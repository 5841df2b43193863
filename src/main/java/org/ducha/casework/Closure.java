package org.ducha.casework;

/**
 * 是否办结.
 */
public enum Closure {

	/** 已办结. */
	CLOSED,
	/** 阶段性办结: done for now, a rectification deadline remains. */
	PARTLY_CLOSED,
	/** 未办结. */
	OPEN

}
