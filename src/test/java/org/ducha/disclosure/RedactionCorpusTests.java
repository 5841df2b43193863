package org.ducha.disclosure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recall and precision per kind over
 * {@code src/test/resources/disclosure/redaction-corpus.tsv} (hand-written), the variants
 * of {@link RedactionCorpusGenerator} and the held-out {@code redaction-heldout.tsv},
 * whose name recall is reported but not asserted (49 names are too few for a 97%
 * threshold). The figures go to {@code target/redaction-metrics.txt} (quoted in
 * docs/redaction.md).
 * <p>
 * A sensitive item counts as removed when every occurrence of it in the original text
 * lies inside redacted spans. A span counts as right when it overlaps a sensitive item; a
 * must-keep item counts as destroyed when any span touches any of its occurrences.
 */
class RedactionCorpusTests {

	static final Path CORPUS = Path.of("src/test/resources/disclosure/redaction-corpus.tsv");

	static final Path HELD_OUT = Path.of("src/test/resources/disclosure/redaction-heldout.tsv");

	static final Path METRICS = Path.of("target/redaction-metrics.txt");

	static final Set<String> NAMES_OF_BODIES = Set.of("ORG", "PLACE", "GOV", "STREET");

	static final Set<String> PUBLIC_NUMBERS = Set.of("HOTLINE", "RECEIPT", "DATE", "AMOUNT", "LAW");

	static final List<SpanKind> ALWAYS_REMOVED = List.of(SpanKind.MOBILE, SpanKind.LANDLINE, SpanKind.ID_NUMBER,
			SpanKind.LICENCE_PLATE, SpanKind.EMAIL);

	static final Redactor redactor = new Redactor();

	static final List<Outcome> handWritten = new ArrayList<>();

	static final List<Outcome> generated = new ArrayList<>();

	static final List<Outcome> heldOut = new ArrayList<>();

	static long nanosPerThousand;

	static long nanosPerThousandParagraphs;

	static long paragraphLength;

	record Item(String kind, String text) {

		static List<Item> parse(String field) {
			if (field.isBlank() || field.equals("-")) {
				return List.of();
			}
			return Arrays.stream(field.split("\\|")).map((item) -> {
				int equals = item.indexOf('=');
				return new Item(item.substring(0, equals), item.substring(equals + 1));
			}).toList();
		}

	}

	record Case(String category, String text, List<Item> sensitive, List<Item> keep) {

		static Case parse(String line) {
			String[] fields = line.split("\t", -1);
			return new Case(fields[0], fields[1], Item.parse(fields[2]), Item.parse(fields[3]));
		}

	}

	record Outcome(Case input, Redaction redaction) {

		boolean removed(Item item) {
			return covered(item, null);
		}

		boolean removedAs(Item item) {
			return covered(item, SpanKind.valueOf(item.kind()));
		}

		private boolean covered(Item item, SpanKind kind) {
			String text = this.input.text();
			for (int at = text.indexOf(item.text()); at >= 0; at = text.indexOf(item.text(), at + 1)) {
				for (int i = at; i < at + item.text().length(); i++) {
					int index = i;
					if (this.redaction.spans()
						.stream()
						.noneMatch((span) -> span.start() <= index && index < span.end()
								&& (kind == null || span.kind() == kind))) {
						return false;
					}
				}
			}
			return true;
		}

		boolean destroyed(Item item) {
			String text = this.input.text();
			for (int at = text.indexOf(item.text()); at >= 0; at = text.indexOf(item.text(), at + 1)) {
				int start = at;
				int end = at + item.text().length();
				if (this.redaction.spans().stream().anyMatch((span) -> span.start() < end && start < span.end())) {
					return true;
				}
			}
			return false;
		}

		boolean isRight(RedactedSpan span) {
			String text = this.input.text();
			for (Item item : this.input.sensitive()) {
				for (int at = text.indexOf(item.text()); at >= 0; at = text.indexOf(item.text(), at + 1)) {
					if (span.start() < at + item.text().length() && at < span.end()) {
						return true;
					}
				}
			}
			return false;
		}

	}

	@BeforeAll
	static void redactTheCorpus() throws IOException {
		List<Case> written = read(CORPUS);
		List<Case> variants = RedactionCorpusGenerator.generate().stream().map(Case::parse).toList();
		written.forEach((input) -> handWritten.add(new Outcome(input, redactor.redact(input.text()))));
		variants.forEach((input) -> generated.add(new Outcome(input, redactor.redact(input.text()))));
		read(HELD_OUT).forEach((input) -> heldOut.add(new Outcome(input, redactor.redact(input.text()))));
		List<String> texts = written.stream().map(Case::text).toList();
		List<String> paragraphs = new ArrayList<>();
		for (int i = 0; i + 8 <= texts.size(); i += 8) {
			paragraphs.add(String.join("", texts.subList(i, i + 8)));
		}
		timePerThousand(texts);
		nanosPerThousand = timePerThousand(texts);
		nanosPerThousandParagraphs = timePerThousand(paragraphs);
		paragraphLength = Math.round(paragraphs.stream().mapToInt(String::length).average().orElse(0));
		Files.createDirectories(METRICS.getParent());
		Files.writeString(METRICS, report(), StandardCharsets.UTF_8);
	}

	static List<Case> read(Path corpus) throws IOException {
		return Files.readAllLines(corpus, StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.map(Case::parse)
			.toList();
	}

	/** A rough single-thread figure for the report, not an assertion. */
	static long timePerThousand(List<String> texts) {
		int rounds = 5;
		long start = System.nanoTime();
		for (int round = 0; round < rounds; round++) {
			texts.forEach(redactor::redact);
		}
		return (System.nanoTime() - start) * 1000 / ((long) rounds * texts.size());
	}

	@Test
	void holdsEnoughHandWrittenCases() {
		assertThat(handWritten).hasSizeGreaterThanOrEqualTo(300);
	}

	@Test
	void removesEveryPhoneIdPlateAndEmail() {
		for (SpanKind kind : ALWAYS_REMOVED) {
			assertThat(missed(handWritten, kind)).as("hand-written %s", kind).isEmpty();
			assertThat(missed(generated, kind)).as("generated %s", kind).isEmpty();
			assertThat(missed(heldOut, kind)).as("held-out %s", kind).isEmpty();
		}
	}

	@Test
	void removesAtLeast97PercentOfPrivateNames() {
		assertThat(recall(handWritten, SpanKind.PERSON_NAME)).isGreaterThanOrEqualTo(0.97);
		assertThat(recall(generated, SpanKind.PERSON_NAME)).isGreaterThanOrEqualTo(0.97);
	}

	@Test
	void destroysNoCompanyPlaceOrGovernmentName() {
		assertThat(destroyed(handWritten, NAMES_OF_BODIES)).isEmpty();
		assertThat(destroyed(generated, NAMES_OF_BODIES)).isEmpty();
		assertThat(destroyed(heldOut, NAMES_OF_BODIES)).isEmpty();
	}

	@Test
	void keepsHotlinesReceiptNumbersDatesAmountsAndArticles() {
		assertThat(destroyed(handWritten, PUBLIC_NUMBERS)).isEmpty();
		assertThat(destroyed(heldOut, PUBLIC_NUMBERS)).isEmpty();
	}

	static List<String> missed(List<Outcome> outcomes, SpanKind kind) {
		List<String> missed = new ArrayList<>();
		for (Outcome outcome : outcomes) {
			for (Item item : outcome.input().sensitive()) {
				if (item.kind().equals(kind.name()) && !outcome.removed(item)) {
					missed.add(item.text() + " in " + outcome.input().text());
				}
			}
		}
		return missed;
	}

	static List<String> destroyed(List<Outcome> outcomes, Set<String> classes) {
		List<String> destroyed = new ArrayList<>();
		for (Outcome outcome : outcomes) {
			for (Item item : outcome.input().keep()) {
				if (classes.contains(item.kind()) && outcome.destroyed(item)) {
					destroyed.add(item.kind() + " " + item.text() + " in " + outcome.redaction().text());
				}
			}
		}
		return destroyed;
	}

	static double recall(List<Outcome> outcomes, SpanKind kind) {
		long all = items(outcomes, kind);
		return (all == 0) ? 1.0 : (double) (all - missed(outcomes, kind).size()) / all;
	}

	static long items(List<Outcome> outcomes, SpanKind kind) {
		return outcomes.stream()
			.flatMap((outcome) -> outcome.input().sensitive().stream())
			.filter((item) -> item.kind().equals(kind.name()))
			.count();
	}

	static String report() {
		StringBuilder out = new StringBuilder();
		out.append("Redaction corpus: ")
			.append(CORPUS)
			.append(" (")
			.append(handWritten.size())
			.append(" hand-written texts) + ")
			.append(generated.size())
			.append(" generated variants\n\n");
		section(out, "hand-written", handWritten);
		section(out, "generated", generated);
		section(out, "held-out (" + HELD_OUT + ", see its header)", heldOut);
		out.append(String.format(Locale.ROOT,
				"%nspeed (one thread, after warm-up, rough): %.0f ms per 1,000 corpus texts (avg %d chars); "
						+ "%.0f ms per 1,000 paragraphs of 8 texts (avg %d chars)%n",
				nanosPerThousand / 1e6, averageLength(), nanosPerThousandParagraphs / 1e6, paragraphLength));
		out.append("\nmisses and wrong spans (hand-written):\n");
		details(out, handWritten);
		out.append("\nmisses and wrong spans (generated):\n");
		details(out, generated);
		out.append("\nmisses and wrong spans (held-out):\n");
		details(out, heldOut);
		return out.toString();
	}

	static void section(StringBuilder out, String label, List<Outcome> outcomes) {
		out.append(label).append('\n');
		out.append(String.format(Locale.ROOT, "  %-14s %7s %9s %8s %9s %10s%n", "kind", "items", "recall", "spans",
				"precision", "kind right"));
		Map<SpanKind, long[]> spans = new EnumMap<>(SpanKind.class);
		for (Outcome outcome : outcomes) {
			for (RedactedSpan span : outcome.redaction().spans()) {
				long[] counts = spans.computeIfAbsent(span.kind(), (kind) -> new long[2]);
				counts[0]++;
				if (outcome.isRight(span)) {
					counts[1]++;
				}
			}
		}
		for (SpanKind kind : SpanKind.values()) {
			long all = items(outcomes, kind);
			long[] counts = spans.getOrDefault(kind, new long[2]);
			if (all == 0 && counts[0] == 0) {
				continue;
			}
			long removedAs = outcomes.stream()
				.mapToLong((outcome) -> outcome.input()
					.sensitive()
					.stream()
					.filter((item) -> item.kind().equals(kind.name()) && outcome.removedAs(item))
					.count())
				.sum();
			out.append(String.format(Locale.ROOT, "  %-14s %7d %8.1f%% %8d %8.1f%% %9.1f%%%n", kind, all,
					100 * recall(outcomes, kind), counts[0], (counts[0] == 0) ? 100.0 : 100.0 * counts[1] / counts[0],
					(all == 0) ? 100.0 : 100.0 * removedAs / all));
		}
		Map<String, long[]> keep = new TreeMap<>();
		for (Outcome outcome : outcomes) {
			for (Item item : outcome.input().keep()) {
				long[] counts = keep.computeIfAbsent(item.kind(), (kind) -> new long[2]);
				counts[0]++;
				if (outcome.destroyed(item)) {
					counts[1]++;
				}
			}
		}
		out.append("  must keep:");
		keep.forEach((kind, counts) -> out
			.append(String.format(Locale.ROOT, " %s %d/%d kept;", kind, counts[0] - counts[1], counts[0])));
		out.append("\n\n");
	}

	static void details(StringBuilder out, List<Outcome> outcomes) {
		for (Outcome outcome : outcomes) {
			List<String> problems = new ArrayList<>();
			for (Item item : outcome.input().sensitive()) {
				if (!outcome.removed(item)) {
					problems.add("MISSED " + item.kind() + " " + item.text());
				}
			}
			for (RedactedSpan span : outcome.redaction().spans()) {
				if (!outcome.isRight(span)) {
					problems
						.add("WRONG " + span.kind() + " " + outcome.input().text().substring(span.start(), span.end()));
				}
			}
			for (Item item : outcome.input().keep()) {
				if (outcome.destroyed(item)) {
					problems.add("DESTROYED " + item.kind() + " " + item.text());
				}
			}
			if (!problems.isEmpty()) {
				out.append("  ")
					.append(outcome.input().category())
					.append(": ")
					.append(String.join("; ", problems))
					.append("  →  ")
					.append(outcome.redaction().text())
					.append('\n');
			}
		}
	}

	static long averageLength() {
		return Math
			.round(handWritten.stream().mapToInt((outcome) -> outcome.input().text().length()).average().orElse(0));
	}

}
