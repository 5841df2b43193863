package org.ducha.calendar;

import java.time.LocalDate;

/**
 * A public holiday or make-up working day.
 *
 * @param day the date
 * @param kind holiday or make-up working day
 * @param nameZh the festival, e.g. 春节
 * @param nameEn its English name
 */
public record SpecialDay(LocalDate day, DayKind kind, String nameZh, String nameEn) {

}
