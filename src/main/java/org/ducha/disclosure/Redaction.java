package org.ducha.disclosure;

import java.util.List;

/**
 * The outcome of 脱敏: the text fit for publication and the spans of the original text that
 * were replaced, in text order. The original text is deliberately not kept here, so that
 * a redaction can be handed around without carrying the personal data along.
 *
 * @param text the redacted text
 * @param spans the replaced spans, positions in the original text, ordered and disjoint
 */
public record Redaction(String text, List<RedactedSpan> spans) {

	public Redaction {
		spans = List.copyOf(spans);
	}

	/**
	 * Whether anything was replaced.
	 */
	public boolean redactedAnything() {
		return !this.spans.isEmpty();
	}

	public List<RedactedSpan> spansOf(SpanKind kind) {
		return this.spans.stream().filter((span) -> span.kind() == kind).toList();
	}

}
