package org.ducha.intake;

import java.time.Instant;

/**
 * A recorded state change of a complaint.
 *
 * @param sequence order within the complaint, from 1
 * @param at when
 * @param actor who (sign-in name)
 * @param action what, e.g. {@code REGISTERED}, {@code ACCEPTED}, {@code HANDED_OVER}
 * @param from status before, null on registration
 * @param to status after
 * @param remark the reason or note given
 */
public record TimelineEntry(int sequence, Instant at, String actor, String action, ComplaintStatus from,
		ComplaintStatus to, String remark) {

}
