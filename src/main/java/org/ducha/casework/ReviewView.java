package org.ducha.casework;

import java.time.Instant;

/**
 * A recorded review.
 *
 * @param round the report round reviewed
 * @param decision accept or return
 * @param reasons why it was returned (or remarks)
 * @param checks the 四个不放过 points still open
 * @param reviewedBy who reviewed
 * @param reviewedAt when
 */
public record ReviewView(int round, ReviewDecision decision, String reasons, FourChecks checks, String reviewedBy,
		Instant reviewedAt) {

}
