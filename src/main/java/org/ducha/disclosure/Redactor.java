package org.ducha.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 脱敏: removes personal data from a text before it is published (信息公开). Phone numbers, ID
 * numbers, plates, e-mail, QQ and WeChat ids and bank cards become {@code ***} (plates
 * keep province and city: 晋L*****, ID numbers become 18 stars); private persons' names
 * become surname + 某 (张建国 → 张某某, 王师傅 → 王某); home house numbers become {@code ***} while
 * street and village names stay. Business names, places, government bodies, officials
 * named in their public role, hotlines, dates, receipt numbers, amounts and legal
 * articles are kept. See {@code docs/redaction.md} for the rules and the measured recall
 * and precision.
 * <p>
 * Pure Java and thread-safe; building one loads HanLP's dictionaries (about a second the
 * first time in a JVM), so keep one instance.
 */
public final class Redactor {

	/**
	 * When two findings overlap, the longer one wins; at equal length, the earlier kind
	 * in this order.
	 */
	private static final List<SpanKind> PRECEDENCE = List.of(SpanKind.EMAIL, SpanKind.ID_NUMBER, SpanKind.BANK_CARD,
			SpanKind.MOBILE, SpanKind.LANDLINE, SpanKind.QQ_NUMBER, SpanKind.WECHAT_ID, SpanKind.LICENCE_PLATE,
			SpanKind.HOUSE_NUMBER, SpanKind.PERSON_NAME);

	private final RedactionPatterns patterns;

	private final RedactionNames names;

	public Redactor() {
		RedactionWordLists words = RedactionWordLists.standard();
		this.patterns = new RedactionPatterns(words);
		this.names = new RedactionNames(words);
	}

	/**
	 * Redacts one text. A {@code null} or blank text comes back as it is ({@code null} as
	 * the empty text).
	 */
	public Redaction redact(String text) {
		if (text == null || text.isBlank()) {
			return new Redaction((text != null) ? text : "", List.of());
		}
		List<RedactedSpan> found = new ArrayList<>(this.patterns.find(text));
		found.addAll(this.names.find(text));
		found.sort(Comparator.comparingInt(RedactedSpan::length)
			.reversed()
			.thenComparingInt((span) -> PRECEDENCE.indexOf(span.kind())));
		List<RedactedSpan> spans = new ArrayList<>();
		for (RedactedSpan span : found) {
			if (spans.stream().noneMatch(span::overlaps)) {
				spans.add(span);
			}
		}
		spans.sort(Comparator.comparingInt(RedactedSpan::start));
		StringBuilder redacted = new StringBuilder(text.length());
		int at = 0;
		for (RedactedSpan span : spans) {
			redacted.append(text, at, span.start()).append(span.replacement());
			at = span.end();
		}
		redacted.append(text, at, text.length());
		return new Redaction(redacted.toString(), spans);
	}

}
