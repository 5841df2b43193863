package org.ducha.followup;

/**
 * 回访方式.
 */
public enum FollowUpMethod {

	/** 电话回访. */
	PHONE,
	/** 现场回访. */
	ON_SITE

}
