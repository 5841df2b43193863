package org.ducha.rectification;

/**
 * Where an objection to a close-out stands.
 */
public enum ObjectionState {

	/** Lodged; the close-out is paused until the team reviews it. */
	OPEN,

	/** The team found it justified: the task goes back to work. */
	UPHELD,

	/** The team found it unfounded: the notice resumes. */
	DISMISSED

}
