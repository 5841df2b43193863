package org.ducha.rectification;

import java.time.LocalDate;

/**
 * A recorded acceptance decision.
 *
 * @param sequence 1 for the first
 * @param passed passed or not
 * @param onSite checked on site
 * @param acceptingUnit the unit
 * @param findings the findings
 * @param decidedBy the account that recorded it
 * @param decidedOn the day
 */
public record AcceptanceView(int sequence, boolean passed, boolean onSite, String acceptingUnit, String findings,
		String decidedBy, LocalDate decidedOn) {

}
