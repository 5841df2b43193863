package org.ducha.regions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * County-level accuracy on {@code src/test/resources/regions/corpus.tsv}: generated
 * addresses and hand-written hard cases. The figures go to
 * {@code target/regions-accuracy.txt} (quoted in docs/regions.md).
 */
class RegionCorpusTests {

	static final Path CORPUS = Path.of("src/test/resources/regions/corpus.tsv");

	static final Path REPORT = Path.of("target/regions-accuracy.txt");

	static final RegionResolver resolver = RegionFixtures.RESOLVER;

	static final RegionDirectory directory = RegionFixtures.DIRECTORY;

	static final List<Outcome> outcomes = new ArrayList<>();

	record Case(String kind, String category, String within, String expected, String expectedName, String text) {

		static Case parse(String line) {
			String[] fields = line.split("\t", -1);
			return new Case(fields[0], fields[1], fields[2].isEmpty() ? null : fields[2], fields[3], fields[4],
					fields[5]);
		}

		boolean synthetic() {
			return "SYNTHETIC".equals(this.kind);
		}

		boolean expectsAmbiguity() {
			return "AMBIGUOUS".equals(this.expected);
		}

		boolean expectsNothing() {
			return "NONE".equals(this.expected);
		}

	}

	/**
	 * How one case came out.
	 *
	 * @param right the answer is the expected one
	 * @param guessed an ambiguous or empty text was nevertheless given a county
	 * @param wrong a named county was answered with another county
	 */
	record Outcome(Case input, Resolution resolution, boolean right, boolean guessed, boolean wrong) {

	}

	@BeforeAll
	static void resolveTheCorpus() throws IOException {
		for (String line : Files.readAllLines(CORPUS, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			Case input = Case.parse(line);
			outcomes.add(judge(input, resolver.resolve(input.text(), input.within())));
		}
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, report(), StandardCharsets.UTF_8);
	}

	static Outcome judge(Case input, Resolution resolution) {
		Optional<String> answered = (resolution.code() != null) ? directory.countyOf(resolution.code())
				: Optional.empty();
		if (input.expectsAmbiguity()) {
			boolean right = answered.isEmpty() && resolution.alternatives().size() >= 2;
			return new Outcome(input, resolution, right, answered.isPresent(), false);
		}
		if (input.expectsNothing()) {
			return new Outcome(input, resolution, resolution.code() == null, answered.isPresent(), false);
		}
		Optional<String> expectedCounty = directory.countyOf(input.expected());
		boolean right;
		boolean wrong;
		if (expectedCounty.isPresent()) {
			right = resolution.isResolved() && answered.equals(expectedCounty);
			wrong = answered.isPresent() && !answered.equals(expectedCounty);
		}
		else {
			right = resolution.isResolved() && input.expected().equals(resolution.code());
			wrong = resolution.isResolved() && !input.expected().equals(resolution.code());
		}
		return new Outcome(input, resolution, right, false, wrong);
	}

	static List<Outcome> of(boolean synthetic) {
		return outcomes.stream().filter((outcome) -> outcome.input().synthetic() == synthetic).toList();
	}

	static double accuracy(List<Outcome> outcomes) {
		return (double) outcomes.stream().filter(Outcome::right).count() / outcomes.size();
	}

	@Test
	void holdsEnoughCases() {
		assertThat(of(true)).hasSizeGreaterThanOrEqualTo(300);
		assertThat(of(false)).hasSizeGreaterThanOrEqualTo(100);
	}

	@Test
	void resolvesGeneratedAddressesToTheirCounty() {
		assertThat(accuracy(of(true))).isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void resolvesHardCasesToTheirCounty() {
		assertThat(accuracy(of(false))).isGreaterThanOrEqualTo(0.85);
	}

	@Test
	void neverGuessesACountyForAnAmbiguousText() {
		assertThat(outcomes.stream().filter(Outcome::guessed).map(Outcome::input).toList()).isEmpty();
	}

	@Test
	void rarelyAnswersWithTheWrongCounty() {
		assertThat(outcomes.stream().filter(Outcome::wrong).count()).isLessThanOrEqualTo(outcomes.size() / 100);
	}

	static String report() {
		StringBuilder out = new StringBuilder();
		out.append("Region resolver corpus: ").append(CORPUS).append('\n');
		line(out, "synthetic", of(true));
		line(out, "hard (all hand-written)", of(false));
		Map<String, List<Outcome>> byCategory = new TreeMap<>();
		for (Outcome outcome : of(false)) {
			byCategory.computeIfAbsent(outcome.input().category(), (key) -> new ArrayList<>()).add(outcome);
		}
		byCategory.forEach((category, list) -> line(out, "  hard/" + category, list));
		List<Outcome> ambiguous = outcomes.stream().filter((outcome) -> outcome.input().expectsAmbiguity()).toList();
		out.append(String.format(Locale.ROOT, "ambiguous cases: %d, kept ambiguous: %d, guessed a county: %d%n",
				ambiguous.size(), ambiguous.stream().filter(Outcome::right).count(),
				ambiguous.stream().filter(Outcome::guessed).count()));
		out.append(String.format(Locale.ROOT, "wrong county answered: %d; county named but none answered: %d%n",
				outcomes.stream().filter(Outcome::wrong).count(),
				outcomes.stream()
					.filter((outcome) -> !outcome.right() && !outcome.wrong() && !outcome.guessed())
					.count()));
		out.append("\nmisses:\n");
		for (Outcome outcome : outcomes) {
			if (!outcome.right()) {
				Resolution resolution = outcome.resolution();
				out.append(String.format(Locale.ROOT, "%s/%s expected %s %s, got %s %s (ambiguous %s, %.2f): %s%s%n",
						outcome.input().kind(), outcome.input().category(), outcome.input().expected(),
						outcome.input().expectedName(), resolution.code(), resolution.name(), resolution.ambiguous(),
						resolution.confidence(), outcome.input().text(),
						(outcome.input().within() != null) ? " [within " + outcome.input().within() + "]" : ""));
			}
		}
		return out.toString();
	}

	static void line(StringBuilder out, String label, List<Outcome> outcomes) {
		long right = outcomes.stream().filter(Outcome::right).count();
		out.append(String.format(Locale.ROOT, "%-28s %4d / %4d = %5.1f%%%n", label, right, outcomes.size(),
				100.0 * right / outcomes.size()));
	}

}
