package org.ducha.similarity;

import java.time.Instant;
import java.util.UUID;

/**
 * A decision about a complaint and another one, seen from the complaint.
 *
 * @param kind merged, linked or distinct
 * @param role how the complaint stands in it: {@code MERGED_INTO} (it is the repeat),
 * {@code MERGED_FROM} (the other is a repeat counted on it), {@code LINKED} or
 * {@code DISTINCT}
 * @param complaintId the other complaint
 * @param receiptNumber its 受理编号
 * @param repeatOfClosedCase whether the decision concerned a complaint whose case was
 * already concluded (the closed case needs attention again)
 * @param decidedBy who decided
 * @param decidedAt when
 */
public record Relation(DecisionKind kind, String role, UUID complaintId, String receiptNumber,
		boolean repeatOfClosedCase, String decidedBy, Instant decidedAt) {

}
