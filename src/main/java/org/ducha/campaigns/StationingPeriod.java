package org.ducha.campaigns;

import java.time.LocalDate;

/**
 * 进驻期间: the first and last day the team is stationed, both inclusive.
 *
 * @param start first day
 * @param end last day
 */
public record StationingPeriod(LocalDate start, LocalDate end) {

	public StationingPeriod {
		if (start == null || end == null || end.isBefore(start)) {
			throw new IllegalArgumentException("A stationing period ends on or after its start");
		}
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.start) && !day.isAfter(this.end);
	}

}
