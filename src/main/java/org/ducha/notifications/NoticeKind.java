package org.ducha.notifications;

/**
 * What a notice says, and to whom it goes. Each kind can be switched off per campaign.
 */
public enum NoticeKind {

	/** 新批次到达: a county's handlers learn that cases of a batch arrived. */
	BATCH_ARRIVED(false, false),

	/** 签收提醒: signing for a case is due today or tomorrow. */
	SIGN_DUE_SOON(false, false),

	/** 上报提醒: the report on a case is due today or tomorrow. */
	REPORT_DUE_SOON(false, false),

	/** 签收超期. */
	SIGN_OVERDUE(false, true),

	/** 上报超期. */
	REPORT_OVERDUE(false, true),

	/** 督办件超期: to the team leaders. */
	SUPERVISED_OVERDUE(false, true),

	/** 办理情况已上报: to the team. */
	REPORT_SUBMITTED(false, false),

	/** 退单: a county sent a case back to the team. */
	CASE_RETURNED_BY_COUNTY(false, false),

	/** 延期申请: to the team. */
	EXTENSION_REQUESTED(false, false),

	/** 退回重办: the team sent a report back to the county. */
	REWORK_REQUESTED(false, false),

	/** 受理回执: the receipt number, to the complainant. */
	COMPLAINT_RECEIVED(true, false),

	/** 已受理: to the complainant. */
	COMPLAINT_ACCEPTED(true, false),

	/** 已转办: handed over to the receiving body, to the complainant. */
	COMPLAINT_HANDED_OVER(true, false),

	/** 办理结果已公开: the redacted result was published, to the complainant. */
	RESULT_PUBLISHED(true, false);

	private final boolean toComplainant;

	private final boolean urgent;

	NoticeKind(boolean toComplainant, boolean urgent) {
		this.toComplainant = toComplainant;
		this.urgent = urgent;
	}

	/**
	 * Whether the notice goes to the complainant (by SMS) rather than to officers.
	 * @return true for complainant notices
	 */
	public boolean toComplainant() {
		return this.toComplainant;
	}

	/**
	 * Whether officers also get it by SMS (overdue notices), besides inbox and e-mail.
	 * @return true for urgent notices
	 */
	public boolean urgent() {
		return this.urgent;
	}

}
