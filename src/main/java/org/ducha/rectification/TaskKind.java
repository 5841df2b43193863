package org.ducha.rectification;

/**
 * The kind of a rectification task.
 */
public enum TaskKind {

	/** 立行立改: to be done at once. */
	IMMEDIATE,

	/** 限期整改: by a deadline. */
	BY_DEADLINE,

	/** 长期坚持: ongoing; may have no final deadline, only milestones. */
	ONGOING

}
