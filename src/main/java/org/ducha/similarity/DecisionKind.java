package org.ducha.similarity;

/**
 * What an officer decided about two similar complaints.
 */
public enum DecisionKind {

	/** 合并: the complaint is a repeat of the other and merged into it. */
	MERGED,

	/** 关联: related; both stay on their own course. */
	LINKED,

	/** 不是重复: not the same matter; the pair is not proposed again. */
	DISTINCT

}
