package org.ducha.accountability;

/**
 * Whether a unit or a person is held to account.
 */
public enum TargetType {

	/** 单位. */
	UNIT,
	/** 个人. */
	PERSON

}
