package org.ducha.rectification;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An objection as the team sees it.
 *
 * @param id the objection
 * @param lodgedOn the day
 * @param byOfficer whether an officer recorded it (otherwise it came from the portal)
 * @param content what it says
 * @param state open, upheld or dismissed
 * @param resolution the team's answer
 * @param resolvedOn when
 */
public record ObjectionView(UUID id, LocalDate lodgedOn, boolean byOfficer, String content, ObjectionState state,
		String resolution, LocalDate resolvedOn) {

}
