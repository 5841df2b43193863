package org.ducha.similarity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the word lists under {@code src/main/resources/similarity/}: one entry a line
 * (tab-separated columns where a list has them), {@code #} starts a comment.
 */
final class WordLists {

	private WordLists() {
	}

	static Set<String> read(String name) {
		Set<String> words = new LinkedHashSet<>();
		for (String[] row : rows(name + ".txt")) {
			for (String word : row[0].trim().split("\\s+")) {
				if (!word.isEmpty()) {
					words.add(word);
				}
			}
		}
		return Set.copyOf(words);
	}

	/**
	 * A two-column list as a map from the first column to the second, longest keys first.
	 */
	static Map<String, String> readPairs(String name) {
		List<String[]> rows = rows(name + ".tsv");
		rows.sort(Comparator.comparingInt((String[] row) -> row[0].length()).reversed());
		Map<String, String> pairs = new LinkedHashMap<>();
		for (String[] row : rows) {
			if (row.length < 2) {
				throw new IllegalStateException("Two columns expected in similarity/" + name + ".tsv: " + row[0]);
			}
			pairs.put(row[0].trim(), row[1].trim());
		}
		return pairs;
	}

	/**
	 * The words of a list ordered longest first, for longest-match scans.
	 */
	static List<String> longestFirst(Set<String> words) {
		List<String> sorted = new ArrayList<>(words);
		sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
		return List.copyOf(sorted);
	}

	static List<String[]> rows(String file) {
		InputStream in = WordLists.class.getResourceAsStream("/similarity/" + file);
		if (in == null) {
			throw new IllegalStateException("Missing word list similarity/" + file);
		}
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				int comment = line.indexOf('#');
				String content = (comment >= 0) ? line.substring(0, comment) : line;
				if (!content.isBlank()) {
					rows.add(content.split("\t"));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

}
