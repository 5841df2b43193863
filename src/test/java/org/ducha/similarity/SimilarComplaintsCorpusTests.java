package org.ducha.similarity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repeat detection measured on the hand-written pairs ({@link RepeatCorpus}) in an index
 * crowded with {@value #BACKGROUND} generated background complaints. Every pair's earlier
 * complaint is indexed; every later one is checked. The figures go to
 * {@code target/similarity-metrics.txt} (quoted in docs/similarity.md), every outcome to
 * {@code target/similarity-outcomes.txt}.
 */
class SimilarComplaintsCorpusTests {

	static final int BACKGROUND = 1700;

	static final Path REPORT = Path.of("target/similarity-metrics.txt");

	static final Path DETAILS = Path.of("target/similarity-outcomes.txt");

	static final List<Outcome> outcomes = new ArrayList<>();

	static int indexed;

	/**
	 * How one pair came out.
	 *
	 * @param found a complaint about the later one's site (the pair's earlier complaint,
	 * or another earlier complaint about the same site) is among the five hits
	 * @param first it is the top hit
	 * @param mergedSite the site of the complaint the later one was judged a repeat of
	 * ({@code background} for a generated one), or {@code null}
	 */
	record Outcome(RepeatCorpus.Pair pair, RepeatCheck check, boolean found, boolean first, String mergedSite) {

		boolean merged() {
			return this.mergedSite != null;
		}

		boolean mergedIntoSameSite() {
			return merged() && this.mergedSite.equals(this.pair.laterSite());
		}

		boolean review() {
			return this.check.verdict() instanceof Verdict.NeedsReview;
		}

		boolean repeat() {
			return this.pair.expect() == RepeatCorpus.Expect.REPEAT;
		}

		boolean recurrence() {
			return this.pair.expect() == RepeatCorpus.Expect.RECURRENCE;
		}

	}

	@BeforeAll
	static void checkEveryPair() throws IOException {
		List<RepeatCorpus.Pair> pairs = RepeatCorpus.pairs();
		Map<UUID, String> sites = new HashMap<>();
		try (SimilarComplaints complaints = SimilarComplaints.inMemory()) {
			new ComplaintGenerator(20240601L, RepeatCorpus.cores(pairs)).generate(BACKGROUND)
				.forEach(complaints::index);
			for (RepeatCorpus.Pair pair : pairs) {
				complaints.index(pair.earlier());
				sites.put(pair.earlier().complaintId(), pair.earlierSite());
			}
			indexed = complaints.size();
			for (RepeatCorpus.Pair pair : pairs) {
				RepeatCheck check = complaints.check(pair.later());
				int rank = -1;
				for (int i = check.hits().size() - 1; i >= 0; i--) {
					UUID hit = check.hits().get(i).complaintId();
					if (hit.equals(pair.earlier().complaintId()) || pair.laterSite().equals(sites.get(hit))) {
						rank = i;
					}
				}
				String mergedSite = (check.verdict() instanceof Verdict.LikelyRepeat repeat)
						? sites.getOrDefault(repeat.of(), "background") : null;
				outcomes.add(new Outcome(pair, check, rank >= 0, rank == 0, mergedSite));
			}
		}
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, report(), StandardCharsets.UTF_8);
		Files.writeString(DETAILS, details(), StandardCharsets.UTF_8);
	}

	@AfterAll
	static void forget() {
		outcomes.clear();
	}

	@Test
	void searchesAnIndexOfAtLeastTwoThousandComplaints() {
		assertThat(indexed).isGreaterThanOrEqualTo(2000);
	}

	@Test
	void findsAnEarlierComplaintAboutTheSameSiteAmongTheTopFiveForNineInTenRepeats() {
		assertThat(rate(Outcome::repeat, Outcome::found)).isGreaterThanOrEqualTo(0.90);
	}

	@Test
	void mergesAtMostOneHardNegativeInTwenty() {
		assertThat(rate((outcome) -> !outcome.repeat(), Outcome::merged)).isLessThanOrEqualTo(0.05);
	}

	@Test
	void rarelyMergesARepeatIntoAComplaintAboutAnotherSite() {
		assertThat(rate(Outcome::repeat, (outcome) -> outcome.merged() && !outcome.mergedIntoSameSite()))
			.isLessThanOrEqualTo(0.02);
	}

	@Test
	void sendsARecurrenceYearsLaterToAPersonRatherThanMergingIt() {
		assertThat(rate(Outcome::recurrence, Outcome::merged)).isZero();
		assertThat(rate(Outcome::recurrence, Outcome::review)).isGreaterThanOrEqualTo(0.8);
	}

	@Test
	void keepsTheShareSentToAPersonBelowOneThird() {
		assertThat(rate((outcome) -> true, Outcome::review)).isLessThanOrEqualTo(0.33);
	}

	static double rate(Predicate<Outcome> among, Predicate<Outcome> counted) {
		List<Outcome> selected = outcomes.stream().filter(among).toList();
		return selected.isEmpty() ? 0 : (double) selected.stream().filter(counted).count() / selected.size();
	}

	static String report() {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "# repeat detection on %s: %d pairs, index of %d complaints%n",
				RepeatCorpus.PAIRS, outcomes.size(), indexed));
		section(out, "all pairs", (outcome) -> true);
		section(out, "pairs used to set the weights (R/N001-160)", (outcome) -> !outcome.pair().heldOut());
		section(out, "held-out pairs (R/N161-200)", (outcome) -> outcome.pair().heldOut());
		out.append(String.format(Locale.ROOT, "%n## by category%n%-34s %5s %8s %8s %8s %8s%n", "expect/category", "n",
				"found@5", "merged", "review", "new"));
		Map<String, List<Outcome>> byCategory = new TreeMap<>();
		for (Outcome outcome : outcomes) {
			byCategory
				.computeIfAbsent(outcome.pair().expect() + "/" + outcome.pair().category(), (key) -> new ArrayList<>())
				.add(outcome);
		}
		byCategory.forEach((category,
				list) -> out.append(String.format(Locale.ROOT, "%-34s %5d %8.3f %8.3f %8.3f %8.3f%n", category,
						list.size(), share(list, Outcome::found), share(list, Outcome::merged),
						share(list, Outcome::review), share(list, (o) -> o.check().verdict() instanceof Verdict.New))));
		out.append(String.format(Locale.ROOT, "%n## misses and wrong merges%n"));
		for (Outcome outcome : outcomes) {
			boolean wrong = outcome.repeat() ? !outcome.found() || (outcome.merged() && !outcome.mergedIntoSameSite())
					: outcome.merged();
			if (wrong) {
				out.append(String.format(Locale.ROOT, "%s %s %s -> %s%n", outcome.pair().id(), outcome.pair().expect(),
						outcome.pair().category(), describe(outcome)));
			}
		}
		return out.toString();
	}

	/**
	 * Every pair with its verdict and hits, for a person tuning or reviewing the engine.
	 */
	static String details() {
		StringBuilder out = new StringBuilder();
		for (Outcome outcome : outcomes) {
			out.append(String.format(Locale.ROOT, "%s %s %s found=%s -> %s%n", outcome.pair().id(),
					outcome.pair().expect(), outcome.pair().category(), outcome.found(), describe(outcome)));
		}
		return out.toString();
	}

	private static void section(StringBuilder out, String title, Predicate<Outcome> among) {
		Predicate<Outcome> repeats = among.and(Outcome::repeat);
		Predicate<Outcome> negatives = among.and((outcome) -> !outcome.repeat());
		Predicate<Outcome> recurrences = among.and(Outcome::recurrence);
		out.append(String.format(Locale.ROOT, "%n## %s%n", title));
		out.append(String.format(Locale.ROOT, "repeats                   %5d%n",
				outcomes.stream().filter(repeats).count()));
		out.append(String.format(Locale.ROOT, "  recall@1                %.3f%n", rate(repeats, Outcome::first)));
		out.append(String.format(Locale.ROOT, "  recall@5                %.3f%n", rate(repeats, Outcome::found)));
		out.append(String.format(Locale.ROOT, "  LIKELY_REPEAT, same site %.3f%n",
				rate(repeats, Outcome::mergedIntoSameSite)));
		out.append(String.format(Locale.ROOT, "  NEEDS_REVIEW            %.3f%n", rate(repeats, Outcome::review)));
		out.append(String.format(Locale.ROOT, "  merged into other site  %.3f%n",
				rate(repeats, (o) -> o.merged() && !o.mergedIntoSameSite())));
		out.append(String.format(Locale.ROOT, "hard negatives            %5d (of which recurrences %d)%n",
				outcomes.stream().filter(negatives).count(), outcomes.stream().filter(recurrences).count()));
		out.append(String.format(Locale.ROOT, "  false merges            %.3f%n", rate(negatives, Outcome::merged)));
		out.append(String.format(Locale.ROOT, "  NEEDS_REVIEW            %.3f%n", rate(negatives, Outcome::review)));
		out.append(String.format(Locale.ROOT, "  recurrences reviewed    %.3f%n", rate(recurrences, Outcome::review)));
		out.append(String.format(Locale.ROOT, "NEEDS_REVIEW share, all   %.3f%n", rate(among, Outcome::review)));
	}

	private static double share(List<Outcome> list, Predicate<Outcome> counted) {
		return (double) list.stream().filter(counted).count() / list.size();
	}

	private static String describe(Outcome outcome) {
		StringBuilder text = new StringBuilder(outcome.check().verdict().getClass().getSimpleName());
		for (SimilarHit hit : outcome.check().hits()) {
			text.append(String.format(Locale.ROOT, " | %s %.2f %s", hit.receiptNumber(), hit.score(),
					hit.reasons()
						.stream()
						.filter((r) -> r.weight() != 0)
						.map((r) -> r.kind() + "(" + r.detail() + ")")
						.toList()));
		}
		return text.toString();
	}

}
