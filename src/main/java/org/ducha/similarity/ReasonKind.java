package org.ducha.similarity;

/**
 * Why two complaints look like (or unlike) reports about the same site.
 */
public enum ReasonKind {

	/** The reported objects' core names agree (鑫源砖厂 / 临汾鑫源建材有限公司). */
	SAME_REPORTED_OBJECT,

	/** The core names overlap or one names the other's village (鑫源 / 鑫源丰; 东关 / 东关村). */
	SIMILAR_REPORTED_OBJECT,

	/** Both name a reported object and the names differ. */
	DIFFERENT_REPORTED_OBJECT,

	/** Same house number, village group, village or residential compound. */
	SAME_ADDRESS,

	/** Only the same road, town or zone. */
	SAME_AREA,

	/** The same road with different house numbers. */
	DIFFERENT_ADDRESS,

	/** The same landmark (汾河大桥, 309国道). */
	SAME_LANDMARK,

	/** The same county (region code). */
	SAME_COUNTY,

	/** Different counties. */
	DIFFERENT_COUNTY,

	/** The same kind of site (BRICKS, CATERING …). */
	SAME_KIND_OF_SITE,

	/** Kinds of site from different families (a brickworks and a restaurant). */
	DIFFERENT_KIND_OF_SITE,

	/** The descriptions share words; the detail lists some. */
	OVERLAPPING_WORDS,

	/** A problem type in common. */
	SAME_PROBLEM_TYPE,

	/** Both state problem types and none is shared. */
	DIFFERENT_PROBLEM_TYPE,

	/** How many days apart the two were received; the detail is the number. */
	DAYS_APART

}
