package org.ducha.regions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads the files under {@code src/main/resources/regions}: the generated divisions and
 * zones, and the hand-reviewed aliases and common words.
 */
final class RegionData {

	static final String DIVISIONS = "/regions/divisions.tsv.gz";

	static final String ALIASES = "/regions/aliases.tsv";

	static final String ZONES = "/regions/zones.tsv";

	static final String COMMON_WORDS = "/regions/common-words.txt";

	private RegionData() {
	}

	/**
	 * One line of the division file.
	 */
	record Row(String code, String name, RegionLevel level, String parentCode) {

	}

	static List<Row> divisions() {
		List<Row> rows = new ArrayList<>(46_000);
		for (String[] fields : lines(DIVISIONS)) {
			String parent = (fields.length > 3 && !fields[3].isEmpty()) ? fields[3] : null;
			rows.add(new Row(fields[0], fields[1], RegionLevel.valueOf(fields[2]), parent));
		}
		return rows;
	}

	static List<Alias> aliases() {
		List<Alias> aliases = new ArrayList<>();
		for (String[] fields : lines(ALIASES)) {
			String former = (fields.length > 3 && !"-".equals(fields[3]) && !fields[3].isEmpty()) ? fields[3] : null;
			String note = (fields.length > 4) ? fields[4] : "";
			aliases.add(new Alias(fields[0], fields[1], Alias.Kind.valueOf(fields[2]), former, note));
		}
		for (String[] fields : lines(ZONES)) {
			aliases.add(new Alias(fields[0], fields[1], Alias.Kind.ZONE, null, "NBS " + fields[2]));
		}
		return aliases;
	}

	static Set<String> commonWords() {
		Set<String> words = new LinkedHashSet<>();
		for (String[] fields : lines(COMMON_WORDS)) {
			words.add(fields[0]);
		}
		return words;
	}

	/**
	 * The non-comment, non-blank lines of a resource, split at tabs.
	 */
	static List<String[]> lines(String resource) {
		try (InputStream raw = RegionData.class.getResourceAsStream(resource)) {
			if (raw == null) {
				throw new IllegalStateException("Missing region data " + resource);
			}
			InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 64 * 1024) : raw;
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String[]> lines = new ArrayList<>();
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				lines.add(line.strip().split("\t", -1));
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read region data " + resource, ex);
		}
	}

}
