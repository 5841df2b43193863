package org.ducha.accountability;

/**
 * 问责形式.
 */
public enum AccountabilityForm {

	/** 约谈. */
	SUMMONS,
	/** 通报. */
	CIRCULATED_CRITICISM,
	/** 曝光. */
	PUBLIC_EXPOSURE,
	/** 诫勉谈话. */
	ADMONITORY_TALK,
	/** 党纪政务处分. */
	DISCIPLINARY_SANCTION,
	/** 移送公安机关. */
	REFERRED_TO_POLICE,
	/** 移送检察机关. */
	REFERRED_TO_PROCURATORATE

}
