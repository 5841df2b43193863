package org.ducha.casework;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warning colour comes from the due day and today: yellow within a day, red once
 * overdue.
 */
class DeadlineColourTests {

	static final LocalDate DUE = LocalDate.of(2016, 12, 2);

	@Test
	void isGreenWithMoreThanADayToGo() {
		assertThat(DeadlineColour.of(DUE, LocalDate.of(2016, 11, 30))).isEqualTo(DeadlineColour.GREEN);
	}

	@Test
	void turnsYellowTheDayBeforeAndOnTheDueDay() {
		assertThat(DeadlineColour.of(DUE, LocalDate.of(2016, 12, 1))).isEqualTo(DeadlineColour.YELLOW);
		assertThat(DeadlineColour.of(DUE, DUE)).isEqualTo(DeadlineColour.YELLOW);
	}

	@Test
	void turnsRedTheDayAfter() {
		assertThat(DeadlineColour.of(DUE, LocalDate.of(2016, 12, 3))).isEqualTo(DeadlineColour.RED);
	}

	@Test
	void staysGreenWhenNoDeadlineRuns() {
		assertThat(DeadlineColour.of(null, LocalDate.of(2016, 12, 3))).isEqualTo(DeadlineColour.GREEN);
	}

}
