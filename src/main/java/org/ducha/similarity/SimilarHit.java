package org.ducha.similarity;

import java.util.List;
import java.util.UUID;

/**
 * An earlier complaint that may concern the same site, with the evidence.
 *
 * @param complaintId the earlier complaint
 * @param receiptNumber its 受理编号 (may be {@code null})
 * @param score how likely the two concern the same site, 0..1
 * @param reasons the evidence, strongest first
 * @param daysApart days between the two receipts
 */
public record SimilarHit(UUID complaintId, String receiptNumber, double score, List<Reason> reasons, long daysApart) {

	public SimilarHit {
		reasons = List.copyOf(reasons);
	}

	public boolean has(ReasonKind kind) {
		return this.reasons.stream().anyMatch((reason) -> reason.kind() == kind);
	}

}
