package org.ducha.casework;

/**
 * A transfer batch is composed as a draft, then transferred in one act.
 */
public enum BatchStatus {

	/** 拟交办: composed, can still be changed. */
	DRAFT,
	/** 已交办: sent; its cases are in the localities' hands. */
	TRANSFERRED

}
