package org.ducha.similarity;

import java.time.Instant;

/**
 * The state of the repeat-detection index and of its last rebuild.
 *
 * @param size complaints in the index searches answer from
 * @param upTo every complaint changed before this (less a two-minute margin) is indexed;
 * {@code null} before the first rebuild
 * @param rebuilding whether a rebuild is under way
 * @param rebuilt complaints indexed by the current or last rebuild
 * @param total complaints the current or last rebuild reads
 * @param startedAt when the current or last rebuild started, if any
 * @param finishedAt when the last rebuild finished, if it has
 */
public record RepeatIndexStatus(int size, Instant upTo, boolean rebuilding, long rebuilt, long total, Instant startedAt,
		Instant finishedAt) {

	/**
	 * Percent of the current or last rebuild done (100 when there was nothing to read).
	 */
	public int percent() {
		return (this.total > 0) ? (int) Math.min(100, this.rebuilt * 100 / this.total) : 100;
	}

}
