package org.ducha.casework;

import java.time.Instant;

/**
 * A recorded change of a case.
 *
 * @param sequence order from 1
 * @param at when
 * @param actor who
 * @param action what, e.g. TRANSFERRED, SIGNED, REPORTED, RETURNED, CONCLUDED, REMINDED,
 * SUPERVISED
 * @param from status before
 * @param to status after
 * @param remark the reason or note
 */
public record CaseTimelineEntry(int sequence, Instant at, String actor, String action, CaseStatus from, CaseStatus to,
		String remark) {

}
