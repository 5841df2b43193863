package org.ducha.campaigns;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * One daily opening window of the hotline, e.g. 8:00–20:00.
 *
 * @param opens first minute the line is staffed
 * @param closes the minute it stops (exclusive)
 */
public record DailyWindow(LocalTime opens, LocalTime closes) {

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("H:mm");

	public DailyWindow {
		if (opens == null || closes == null || !opens.isBefore(closes)) {
			throw new IllegalArgumentException("A hotline window opens before it closes");
		}
	}

	public boolean contains(LocalTime time) {
		return !time.isBefore(this.opens) && time.isBefore(this.closes);
	}

	@Override
	public String toString() {
		return HH_MM.format(this.opens) + "-" + HH_MM.format(this.closes);
	}

}
