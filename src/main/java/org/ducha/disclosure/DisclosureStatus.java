package org.ducha.disclosure;

/**
 * A disclosure row is drafted (redacted automatically, corrected by the editor) and then
 * published.
 */
public enum DisclosureStatus {

	/** 待公开. */
	DRAFT,
	/** 已公开. */
	PUBLISHED

}
