package org.ducha.regions;

/**
 * A hand-written or generated name for a current division that is not its official name:
 * a former name (济阳县 for 济阳区), a colloquial short form (阜蒙县), or a zone mapped to the
 * division that governs it (临汾经济开发区 → 尧都区).
 *
 * @param name the text to recognise
 * @param code the current division's code
 * @param kind what sort of name it is
 * @param formerCode the division's code before a change, or {@code null}
 * @param note what changed and when
 */
record Alias(String name, String code, Kind kind, String formerCode, String note) {

	enum Kind {

		/** A former name of a renamed or merged unit. */
		FORMER,

		/** A colloquial short form. */
		SHORT,

		/** A zone mapped to the division that governs it. */
		ZONE

	}

}
