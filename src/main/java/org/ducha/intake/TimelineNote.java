package org.ducha.intake;

/**
 * Decisions about a complaint and another one that its timeline records without a change
 * of status.
 */
public enum TimelineNote {

	/** 关联: related to another complaint (both stay on their own course). */
	LINKED,

	/** A team leader undid a link. */
	LINK_UNDONE,

	/**
	 * 不是重复: judged not a repeat of another complaint, so the pair is not proposed again.
	 */
	MARKED_DISTINCT,

	/** A team leader undid a "not a repeat" decision. */
	DISTINCT_UNDONE,

	/**
	 * A repeat of a complaint whose case is already concluded: the closed case needs
	 * attention again.
	 */
	REPEAT_OF_CLOSED_CASE

}
