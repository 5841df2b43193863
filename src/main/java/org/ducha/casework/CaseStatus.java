package org.ducha.casework;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a case file stands. The one transition table every change of a case is checked
 * against.
 */
public enum CaseStatus {

	/** 已交办: transferred, waiting for the responsible unit to sign for it. */
	TRANSFERRED,

	/** 已签收: signed for; under investigation (调查核实). */
	SIGNED,

	/** 已上报: a handling report is under the team's review (审核). */
	REPORTED,

	/** 退回重办: the team returned the report; under investigation again. */
	RETURNED,

	/**
	 * 已审核: the team accepted the report; the case is concluded with its closure status.
	 */
	CONCLUDED,

	/** 退单待定: the unit says the case is not theirs (wrong ownership); the team decides. */
	RETURNED_TO_TEAM;

	private static final Map<CaseStatus, Set<CaseStatus>> TRANSITIONS = Map.of(TRANSFERRED,
			EnumSet.of(SIGNED, RETURNED_TO_TEAM), SIGNED, EnumSet.of(REPORTED, RETURNED_TO_TEAM), REPORTED,
			EnumSet.of(CONCLUDED, RETURNED), RETURNED, EnumSet.of(REPORTED), CONCLUDED, EnumSet.of(RETURNED),
			RETURNED_TO_TEAM, EnumSet.of(TRANSFERRED, SIGNED));

	public boolean canMoveTo(CaseStatus next) {
		return TRANSITIONS.get(this).contains(next);
	}

	/**
	 * Whether the local unit is working on the case (its report clock runs).
	 * @return true while signed or returned for rework
	 */
	public boolean isUnderInvestigation() {
		return this == SIGNED || this == RETURNED;
	}

}
