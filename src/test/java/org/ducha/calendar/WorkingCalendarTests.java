package org.ducha.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Working days on the Chinese calendar, across Spring Festival and 调休 weekends.
 */
class WorkingCalendarTests {

	final WorkingCalendar calendar = WorkingCalendar.chinese();

	@Test
	void coversEveryYearFrom2016To2026() {
		for (int year = 2016; year <= 2026; year++) {
			assertThat(this.calendar.covers(year)).as("year %d", year).isTrue();
		}
	}

	@Test
	void restsOnSpringFestivalWeekdays() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2024, 2, 12))).isFalse();
		assertThat(this.calendar.special(LocalDate.of(2024, 2, 12))).hasValueSatisfying((day) -> {
			assertThat(day.kind()).isEqualTo(DayKind.HOLIDAY);
			assertThat(day.nameZh()).isEqualTo("春节");
		});
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2016, 2, 8))).isFalse();
	}

	@Test
	void worksOnAMakeUpSaturdayOrSunday() {
		assertThat(LocalDate.of(2016, 2, 6).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SATURDAY);
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2016, 2, 6))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2024, 2, 18))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2024, 2, 24))).isFalse();
	}

	@Test
	void countsADeadlineAcrossSpringFestival() {
		// Transferred Thursday 2024-02-08: Friday 9th works, 10th-17th rest, Sunday 18th
		// is a make-up day.
		assertThat(this.calendar.plusWorkingDays(LocalDate.of(2024, 2, 8), 1)).isEqualTo(LocalDate.of(2024, 2, 9));
		assertThat(this.calendar.plusWorkingDays(LocalDate.of(2024, 2, 8), 2)).isEqualTo(LocalDate.of(2024, 2, 18));
		assertThat(this.calendar.plusWorkingDays(LocalDate.of(2024, 2, 8), 3)).isEqualTo(LocalDate.of(2024, 2, 19));
	}

	@Test
	void countsAMakeUpSaturdayAsAWorkingDay() {
		// Friday 2016-02-05 + 1 working day: Saturday 2016-02-06 is 调休上班.
		assertThat(this.calendar.plusWorkingDays(LocalDate.of(2016, 2, 5), 1)).isEqualTo(LocalDate.of(2016, 2, 6));
	}

	@Test
	void countsOrdinaryWeeksMondayToFriday() {
		assertThat(this.calendar.plusWorkingDays(LocalDate.of(2016, 11, 25), 5)).isEqualTo(LocalDate.of(2016, 12, 2));
		assertThat(this.calendar.workingDaysBetween(LocalDate.of(2016, 11, 25), LocalDate.of(2016, 12, 2)))
			.isEqualTo(5);
		assertThat(this.calendar.workingDaysBetween(LocalDate.of(2016, 12, 2), LocalDate.of(2016, 11, 25)))
			.isEqualTo(-5);
	}

	@Test
	void countsTheNationalDayWeekAsRest() {
		// 2016-09-30 (Fri) + 1: Oct 1-7 rest, Oct 8 (Sat) and 9 (Sun) are make-up working
		// days.
		assertThat(this.calendar.plusWorkingDays(LocalDate.of(2016, 9, 30), 1)).isEqualTo(LocalDate.of(2016, 10, 8));
	}

	@Test
	void refusesNegativeWorkingDays() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.calendar.plusWorkingDays(LocalDate.now(java.time.Clock.systemUTC()), -1));
	}

}
