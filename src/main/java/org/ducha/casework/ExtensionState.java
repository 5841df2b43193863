package org.ducha.casework;

/**
 * 延期申请 state.
 */
public enum ExtensionState {

	/** Asked, not yet decided. */
	REQUESTED,
	/** Granted: the report is due on the requested day. */
	APPROVED,
	/** Refused: the original due day stands. */
	REFUSED

}
