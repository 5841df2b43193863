package org.ducha.disclosure;

/**
 * What kind of personal data a {@link RedactedSpan} removed from a text before it is
 * published (信息公开).
 */
public enum SpanKind {

	/** 手机号码, in any spelling: spaces, dashes, +86, full-width or Chinese digits. */
	MOBILE,

	/** 固定电话, with or without area code (0357-2069124). */
	LANDLINE,

	/** 居民身份证号码: 18 digits (a bad checksum is redacted too), or 15 after a cue. */
	ID_NUMBER,

	/** 机动车号牌, new-energy plates included (晋L·A1234, 晋LD12345). */
	LICENCE_PLATE,

	/** 电子邮箱. */
	EMAIL,

	/** 姓名 of a private person (张建国, 王师傅, 老王); officials in role are kept. */
	PERSON_NAME,

	/** 住宅门牌: building, unit and flat, or the house number of a home. */
	HOUSE_NUMBER,

	/** QQ 号. */
	QQ_NUMBER,

	/** 微信号. */
	WECHAT_ID,

	/** 银行卡号. */
	BANK_CARD

}
