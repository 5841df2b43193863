package org.ducha.disclosure;

/**
 * One piece of personal data found in the original text and what replaces it.
 *
 * @param start index of the first character in the original text
 * @param end index after the last character in the original text
 * @param kind what kind of data it is
 * @param replacement the text published in its place (张某某, ***, 晋L*****)
 */
public record RedactedSpan(int start, int end, SpanKind kind, String replacement) {

	public RedactedSpan {
		if (start < 0 || end <= start) {
			throw new IllegalArgumentException("Empty or negative span [" + start + ", " + end + ")");
		}
		if (kind == null || replacement == null) {
			throw new IllegalArgumentException("A span needs a kind and a replacement");
		}
	}

	public int length() {
		return this.end - this.start;
	}

	boolean overlaps(RedactedSpan other) {
		return this.start < other.end && other.start < this.end;
	}

}
