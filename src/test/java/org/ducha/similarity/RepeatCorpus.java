package org.ducha.similarity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The hand-written evaluation pairs in
 * {@code src/test/resources/similarity/repeat-pairs.tsv}.
 */
final class RepeatCorpus {

	static final Path PAIRS = Path.of("src/test/resources/similarity/repeat-pairs.tsv");

	static final UUID CAMPAIGN = UUID.fromString("00000000-0000-0000-0000-00000000c0de");

	enum Expect {

		REPEAT, NOT_REPEAT, RECURRENCE

	}

	/**
	 * One pair.
	 *
	 * @param earlierSite the site the earlier complaint is about (the pair's id unless
	 * the corpus names another pair's site)
	 * @param laterSite the site the later complaint is about
	 */
	record Pair(String id, Expect expect, String category, ComplaintDocument earlier, String earlierSite,
			ComplaintDocument later, String laterSite) {

		boolean heldOut() {
			return Integer.parseInt(this.id.substring(1)) > 160;
		}

	}

	private RepeatCorpus() {
	}

	static List<Pair> pairs() {
		Map<String, ComplaintDocument> earlier = new LinkedHashMap<>();
		Map<String, String> earlierSites = new LinkedHashMap<>();
		List<Pair> pairs = new ArrayList<>();
		try {
			for (String line : Files.readAllLines(PAIRS, StandardCharsets.UTF_8)) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t", -1);
				ComplaintDocument document = document(f);
				Expect expect = Expect.valueOf(f[2]);
				String site = f[10].isEmpty() ? f[0] : f[10];
				if ("A".equals(f[1])) {
					earlier.put(f[0], document);
					earlierSites.put(f[0], site);
				}
				else {
					String laterSite = (expect == Expect.NOT_REPEAT) ? f[0] + "B" : site;
					pairs.add(new Pair(f[0], expect, f[3], earlier.get(f[0]), earlierSites.get(f[0]), document,
							laterSite));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pairs;
	}

	/**
	 * Core names of every complaint in the corpus and their bigrams, which the background
	 * generator must not use.
	 */
	static Set<String> cores(List<Pair> pairs) {
		Set<String> cores = new LinkedHashSet<>();
		for (Pair pair : pairs) {
			for (ComplaintDocument document : List.of(pair.earlier(), pair.later())) {
				for (String core : SiteProfile.of(document).cores()) {
					cores.add(core);
					cores.addAll(SiteProfile.bigrams(core));
				}
			}
		}
		return cores;
	}

	private static ComplaintDocument document(String[] f) {
		UUID id = UUID.nameUUIDFromBytes((f[0] + f[1]).getBytes(StandardCharsets.UTF_8));
		LocalDate day = LocalDate.parse(f[5]);
		Set<String> types = f[9].isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(f[9].split(",")));
		return new ComplaintDocument(id, f[0] + f[1], CAMPAIGN, day.atTime(10, 0).toInstant(ZoneOffset.ofHours(8)),
				blankToNull(f[4]), blankToNull(f[6]), blankToNull(f[7]), null, f[8], types);
	}

	private static String blankToNull(String value) {
		return value.isBlank() ? null : value;
	}

}
