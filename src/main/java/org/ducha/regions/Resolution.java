package org.ducha.regions;

import java.util.List;

/**
 * What a free text says about where something is. A resolved text names one division
 * ({@code code} set, {@code ambiguous} false). An ambiguous text (鼓楼区 exists in four
 * cities) comes back with {@code ambiguous} true, the candidates as {@code alternatives},
 * and {@code code} set only to the deepest division all leading candidates share (江苏省 for
 * 鼓楼区 in 南京 or 徐州), else {@code null}. A text naming no division has no code, no match
 * and no alternatives.
 *
 * @param code the division, or {@code null}
 * @param name its name, or {@code null}
 * @param level its level, or {@code null}
 * @param confidence 0..1, how sure the resolver is of {@code code}
 * @param matched the text span the answer rests on, or {@code null}
 * @param start where {@code matched} starts in the text, or -1
 * @param end where {@code matched} ends (exclusive), or -1
 * @param ambiguous whether several divisions fit equally well
 * @param alternatives other divisions the text may mean, best first
 */
public record Resolution(String code, String name, RegionLevel level, double confidence, String matched, int start,
		int end, boolean ambiguous, List<Alternative> alternatives) {

	private static final Resolution NONE = new Resolution(null, null, null, 0, null, -1, -1, false, List.of());

	public Resolution {
		alternatives = List.copyOf(alternatives);
	}

	/**
	 * The answer for a text that names no division.
	 * @return the empty resolution
	 */
	public static Resolution none() {
		return NONE;
	}

	public boolean isResolved() {
		return this.code != null && !this.ambiguous;
	}

	/**
	 * Another division the text may mean.
	 *
	 * @param code its code
	 * @param name its name
	 * @param level its level
	 * @param confidence 0..1
	 */
	public record Alternative(String code, String name, RegionLevel level, double confidence) {

	}

}
