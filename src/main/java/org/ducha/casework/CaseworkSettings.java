package org.ducha.casework;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Casework clocks.
 *
 * @param signWorkingDays working days a unit has to sign for a transferred case (default
 * 1, the 12345 habit)
 * @param reportClock whether the campaign's report-due days count {@code CALENDAR} days
 * (default) or {@code WORKING} days
 * @param remindersEnabled whether the scheduled check runs (default true)
 */
@ConfigurationProperties("ducha.casework")
public record CaseworkSettings(Integer signWorkingDays, Clock reportClock, Boolean remindersEnabled) {

	public CaseworkSettings {
		signWorkingDays = (signWorkingDays == null) ? 1 : signWorkingDays;
		reportClock = (reportClock == null) ? Clock.CALENDAR : reportClock;
		remindersEnabled = (remindersEnabled == null) ? Boolean.TRUE : remindersEnabled;
	}

	/**
	 * How due days are counted.
	 */
	public enum Clock {

		/** Every day counts. */
		CALENDAR,
		/**
		 * Only working days count (holidays and weekends skipped, make-up days counted).
		 */
		WORKING

	}

}
