package org.ducha.similarity;

import java.util.List;

/**
 * The outcome of checking one complaint against the index.
 *
 * @param hits earlier complaints ranked by score, best first
 * @param verdict what the hits amount to
 */
public record RepeatCheck(List<SimilarHit> hits, Verdict verdict) {

	public RepeatCheck {
		hits = List.copyOf(hits);
	}

}
