package org.ducha.calendar;

/**
 * What a listed day is.
 */
public enum DayKind {

	/** 法定节假日: a public holiday (rest day, also when it falls on a weekday). */
	HOLIDAY,

	/** 调休上班: a weekend day worked to make up for a holiday. */
	WORKDAY

}
