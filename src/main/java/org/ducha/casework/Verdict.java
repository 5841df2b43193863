package org.ducha.casework;

/**
 * 是否属实.
 */
public enum Verdict {

	/** 属实. */
	TRUE,
	/** 基本属实. */
	MOSTLY_TRUE,
	/** 部分属实. */
	PARTLY_TRUE,
	/** 不属实. */
	FALSE

}
