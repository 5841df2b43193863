package org.ducha.audit;

/**
 * The result of walking the audit chain.
 *
 * @param entries how many entries were checked
 * @param intact whether the whole chain holds
 * @param firstBreak the first broken link, or {@code null}
 */
public record Verification(long entries, boolean intact, Break firstBreak) {

	/**
	 * Where and how the chain breaks.
	 *
	 * @param seq the entry number
	 * @param problem what is wrong there
	 */
	public record Break(long seq, Problem problem) {

	}

	/**
	 * Kinds of breakage.
	 */
	public enum Problem {

		/** The entry's content no longer matches its hash: it was edited. */
		CONTENT_CHANGED,

		/**
		 * The entry does not point at the hash of the entry before: inserted or
		 * re-ordered.
		 */
		WRONG_PREVIOUS_HASH,

		/** An entry with this number is missing: deleted, or the chain was cut off. */
		MISSING

	}

}
