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
	HANDED_OVER,

	/**
	 * 已合并: a repeat merged into an earlier complaint (its master); not screened or
	 * transferred on its own, counted on the master. Only a team leader's undo leaves
	 * this status, back to the status it had before (not a transition of this table).
	 */
	MERGED;

	private static final Map<ComplaintStatus, Set<ComplaintStatus>> TRANSITIONS = Map.of(RECEIVED,
			EnumSet.of(ACCEPTED, HANDED_OVER, MERGED), ACCEPTED, EnumSet.of(MERGED), HANDED_OVER,
			EnumSet.noneOf(ComplaintStatus.class), MERGED, EnumSet.noneOf(ComplaintStatus.class));

	public boolean canMoveTo(ComplaintStatus next) {
		return TRANSITIONS.get(this).contains(next);
	}

}
