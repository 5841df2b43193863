package org.ducha.intake;

/**
 * 问题类型. A complaint may name several; statistics count types, not complaints.
 */
public enum ProblemType {

	/** 大气. */
	AIR,
	/** 水. */
	WATER,
	/** 土壤. */
	SOIL,
	/** 噪声. */
	NOISE,
	/** 固废. */
	SOLID_WASTE,
	/** 生态. */
	ECOLOGY,
	/** 辐射. */
	RADIATION,
	/** 海洋. */
	MARINE,
	/** 其他. */
	OTHER

}
