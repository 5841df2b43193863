package org.ducha.disclosure;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Makes texts fit for publication by running each through the {@link Redactor} (phones,
 * ID numbers, plates, e-mails, private persons' names, home addresses), and shows an
 * editor what was taken out.
 */
@Component
public class PublicText {

	private final Redactor redactor = new Redactor();

	PublicTexts of(String summary, String investigation, String targetOutcome, String actions, String accountability) {
		int[] count = { 0 };
		return new PublicTexts(clean(summary, count), clean(investigation, count), clean(targetOutcome, count),
				clean(actions, count), clean(accountability, count), count[0]);
	}

	/**
	 * Redacts one text.
	 * @param text the text
	 * @return the redacted text and the spans found in the original
	 */
	public Redaction redact(String text) {
		return this.redactor.redact((text != null) ? text : "");
	}

	/**
	 * The original text cut into pieces, each marked with the kind of personal data it
	 * is, or not, for highlighting.
	 * @param text the original
	 * @return the pieces in order
	 */
	public List<Piece> highlight(String text) {
		List<Piece> pieces = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return pieces;
		}
		int at = 0;
		for (RedactedSpan span : redact(text).spans()) {
			if (span.start() > at) {
				pieces.add(new Piece(text.substring(at, span.start()), null));
			}
			if (span.end() > Math.max(at, span.start())) {
				pieces.add(new Piece(text.substring(Math.max(at, span.start()), span.end()), span.kind()));
			}
			at = Math.max(at, span.end());
		}
		if (at < text.length()) {
			pieces.add(new Piece(text.substring(at), null));
		}
		return pieces;
	}

	private String clean(String text, int[] count) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Redaction redaction = this.redactor.redact(text.strip());
		count[0] += redaction.spans().size();
		return redaction.text();
	}

	/**
	 * A piece of a text.
	 *
	 * @param text the characters
	 * @param kind the kind of personal data, or null for ordinary text
	 */
	public record Piece(String text, SpanKind kind) {

	}

}
