package org.ducha.intake;

/**
 * 甄别: the outcome of screening a received complaint.
 */
public enum ScreeningDecision {

	/** 受理: in scope. */
	ACCEPT,

	/** 转地方: outside the scope, handed over to the locality. */
	HAND_OVER

}
