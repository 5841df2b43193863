package org.ducha.similarity;

import java.util.List;
import java.util.UUID;

/**
 * What the repeat check concludes from the ranked hits. All three are valid outcomes:
 * <ul>
 * <li>{@link LikelyRepeat} when the top hit scores at least {@value #REPEAT_SCORE}, names
 * the same site (same reported object or same specific address), lies in the same county
 * (or one county is unknown) and concerns the same matter: when both state problem types,
 * at least one is shared;</li>
 * <li>{@link NeedsReview} when the top hit scores at least {@value #REVIEW_SCORE} but is
 * not a likely repeat. This includes the same site with a different problem: a new
 * allegation, or, months or years later (see {@link SimilarHit#daysApart()}), a
 * recurrence that a person links for 回头看 rather than merges;</li>
 * <li>{@link New} otherwise.</li>
 * </ul>
 */
public sealed interface Verdict {

	/** The score from which a hit with site evidence is a likely repeat. */
	double REPEAT_SCORE = 0.75;

	/** The score from which a hit is shown to a person. */
	double REVIEW_SCORE = 0.4;

	/**
	 * Judges ranked hits (best first).
	 */
	static Verdict of(List<SimilarHit> hits) {
		if (hits.isEmpty() || hits.get(0).score() < REVIEW_SCORE) {
			return new New();
		}
		SimilarHit top = hits.get(0);
		boolean sameSite = top.has(ReasonKind.SAME_REPORTED_OBJECT) || top.has(ReasonKind.SAME_ADDRESS);
		boolean sameMatter = !top.has(ReasonKind.DIFFERENT_PROBLEM_TYPE);
		if (top.score() >= REPEAT_SCORE && sameSite && sameMatter && !top.has(ReasonKind.DIFFERENT_COUNTY)) {
			return new LikelyRepeat(top.complaintId(), top.receiptNumber(), top.score());
		}
		return new NeedsReview(hits.stream().filter((hit) -> hit.score() >= REVIEW_SCORE).toList());
	}

	/** 新件: no earlier complaint about the same site was found. */
	record New() implements Verdict {

	}

	/**
	 * 重复件: most likely a repeat of an earlier complaint.
	 *
	 * @param of the earlier complaint
	 * @param receiptNumber its 受理编号
	 * @param score the top hit's score
	 */
	record LikelyRepeat(UUID of, String receiptNumber, double score) implements Verdict {

	}

	/**
	 * A person should compare: the candidates are similar but not clearly the same site.
	 *
	 * @param candidates the hits worth a look, best first
	 */
	record NeedsReview(List<SimilarHit> candidates) implements Verdict {

		public NeedsReview {
			candidates = List.copyOf(candidates);
		}

	}

}
