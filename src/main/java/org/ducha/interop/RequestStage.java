package org.ducha.interop;

/**
 * Where a complaint filed through Open311 stands, as published: the internal intake and
 * case states mapped onto the spec's open/closed, honestly — a complaint handed over to
 * the locality is closed <em>without</em> having been dealt with by the team, and a case
 * concluded 阶段性办结 stays open while its rectification runs.
 */
public enum RequestStage {

	/** 收到: registered, not yet screened. */
	RECEIVED(false),
	/** 受理: within the team's scope, waiting for the day's transfer. */
	ACCEPTED(false),
	/**
	 * 合并办理: a repeat merged into an earlier complaint about the same site, handled with
	 * it.
	 */
	MERGED(false),
	/** 不予受理，转地方: outside the team's scope, handed over (detail: the receiving body). */
	HANDED_OVER(true),
	/** 已交办: transferred to the responsible government. */
	TRANSFERRED(false),
	/** 已签收: signed for, under investigation. */
	SIGNED(false),
	/** 已上报: a handling report is under review. */
	REPORTED(false),
	/** 退回重办: the report was sent back, or the case was reopened. */
	RETURNED(false),
	/** 退单待定: the unit says the case is not theirs; the team decides. */
	RETURNED_TO_TEAM(false),
	/** 已办结. */
	CONCLUDED_CLOSED(true),
	/** 阶段性办结: accepted for now, rectification continues. */
	CONCLUDED_PARTLY(false),
	/** 审核通过，未办结. */
	CONCLUDED_OPEN(false);

	private final boolean closed;

	RequestStage(boolean closed) {
		this.closed = closed;
	}

	/**
	 * The spec's status.
	 * @return true for {@code closed}
	 */
	public boolean closed() {
		return this.closed;
	}

}
