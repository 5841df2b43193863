package org.ducha.rectification;

import java.time.LocalDate;

/**
 * A progress report (调度).
 *
 * @param sequence 1 for the first report
 * @param reportedOn the day
 * @param percent the progress in percent
 * @param narrative what was done
 * @param unableToFinish the owner says it cannot be finished in time
 * @param reportedBy the account
 */
public record ProgressView(int sequence, LocalDate reportedOn, int percent, String narrative, boolean unableToFinish,
		String reportedBy) {

}
