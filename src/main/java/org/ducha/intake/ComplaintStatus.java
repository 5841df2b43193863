package org.ducha.intake;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a complaint stands in intake. The one transition table every state change is
 * checked against.
 */
public enum ComplaintStatus {

	/** 收到: registered with a receipt number, not yet screened. */
	RECEIVED,

	/** 受理: within the team's scope; waits for the day's transfer batch. */
	ACCEPTED,

	/** 不予受理，转地方: outside the scope, handed over to the locality with a reason. */
	HANDED_OVER;

	private static final Map<ComplaintStatus, Set<ComplaintStatus>> TRANSITIONS = Map.of(RECEIVED,
			EnumSet.of(ACCEPTED, HANDED_OVER), ACCEPTED, EnumSet.noneOf(ComplaintStatus.class), HANDED_OVER,
			EnumSet.noneOf(ComplaintStatus.class));

	public boolean canMoveTo(ComplaintStatus next) {
		return TRANSITIONS.get(this).contains(next);
	}

}
