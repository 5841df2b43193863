package org.ducha.intake;

import java.time.Instant;

/**
 * The recorded screening of a complaint.
 *
 * @param decision accept or hand over
 * @param reason the reason given (required for a hand-over)
 * @param receivingBody who a handed-over complaint went to
 * @param at when it was decided
 */
public record Screening(ScreeningDecision decision, String reason, String receivingBody, Instant at) {

}
