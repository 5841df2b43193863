package org.ducha.followup;

/**
 * Where a follow-up stands.
 */
public enum FollowUpStatus {

	/** 待回访. */
	PENDING,
	/** 已回访. */
	DONE,
	/** 不回访: anonymous, or the complainant did not want to be contacted. */
	SKIPPED

}
