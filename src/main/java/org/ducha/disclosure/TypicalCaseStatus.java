package org.ducha.disclosure;

/**
 * Where a typical case stands.
 */
public enum TypicalCaseStatus {

	/** 草稿: written or withdrawn, not on the portal. */
	DRAFT,
	/** 已公开: on the portal. */
	PUBLISHED

}
