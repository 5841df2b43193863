package org.ducha.disclosure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists behind the redactor, read from {@code src/main/resources/disclosure/}:
 * one or more entries a line, separated by white space, {@code #} starts a comment.
 */
final class RedactionWordLists {

	final Set<String> surnames;

	final Set<String> compoundSurnames;

	final Words appellations;

	final Words officialTitles;

	final Words workplaceWords;

	final Words personCues;

	final Words personAfterCues;

	final Set<Character> familyCompounds;

	final Set<Character> nameStopChars;

	final Set<Character> placeMarks;

	final Set<Character> placeWords;

	final Words businessMarks;

	final Set<String> businessMarkExceptions;

	final Words residenceCues;

	private RedactionWordLists() {
		Set<String> allSurnames = read("surnames");
		this.surnames = Set.copyOf(allSurnames.stream().filter((surname) -> surname.length() == 1).toList());
		this.compoundSurnames = Set.copyOf(allSurnames.stream().filter((surname) -> surname.length() > 1).toList());
		this.appellations = new Words(read("appellations"));
		this.officialTitles = new Words(read("official-titles"));
		this.workplaceWords = new Words(read("workplace-words"));
		this.personCues = new Words(read("person-cues"));
		this.personAfterCues = new Words(read("person-after-cues"));
		this.familyCompounds = characters(read("family-compounds"));
		this.nameStopChars = characters(read("name-stop-chars"));
		this.placeMarks = characters(read("place-marks"));
		this.placeWords = characters(read("place-words"));
		this.businessMarks = new Words(read("business-marks"));
		this.businessMarkExceptions = Set.copyOf(read("business-mark-exceptions"));
		this.residenceCues = new Words(read("residence-cues"));
	}

	static RedactionWordLists standard() {
		return new RedactionWordLists();
	}

	/**
	 * The surname a name starting at {@code index} begins with (compound surnames first),
	 * or {@code null}.
	 */
	String surnameAt(String text, int index) {
		if (index + 2 <= text.length() && this.compoundSurnames.contains(text.substring(index, index + 2))) {
			return text.substring(index, index + 2);
		}
		if (index < text.length() && this.surnames.contains(text.substring(index, index + 1))) {
			return text.substring(index, index + 1);
		}
		return null;
	}

	/**
	 * Whether the character may stand in a given name: a CJK ideograph that is no
	 * particle, pronoun or common verb.
	 */
	boolean isGivenNameChar(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && !this.nameStopChars.contains(c)
				&& c != '某';
	}

	/**
	 * A word list, looked up by the first or last character of the words, longest word
	 * first.
	 */
	static final class Words {

		final List<String> all;

		private final Map<Character, List<String>> byFirst = new HashMap<>();

		private final Map<Character, List<String>> byLast = new HashMap<>();

		Words(Set<String> words) {
			List<String> sorted = new ArrayList<>(words);
			sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
			this.all = List.copyOf(sorted);
			for (String word : this.all) {
				this.byFirst.computeIfAbsent(word.charAt(0), (c) -> new ArrayList<>()).add(word);
				this.byLast.computeIfAbsent(word.charAt(word.length() - 1), (c) -> new ArrayList<>()).add(word);
			}
		}

		/** The longest word that starts at {@code index}, or {@code null}. */
		String startingAt(String text, int index) {
			if (index < 0 || index >= text.length()) {
				return null;
			}
			for (String word : this.byFirst.getOrDefault(text.charAt(index), List.of())) {
				if (text.startsWith(word, index)) {
					return word;
				}
			}
			return null;
		}

		/** The longest word that ends right before {@code index}, or {@code null}. */
		String endingAt(String text, int index) {
			if (index <= 0 || index > text.length()) {
				return null;
			}
			for (String word : this.byLast.getOrDefault(text.charAt(index - 1), List.of())) {
				if (index - word.length() >= 0 && text.startsWith(word, index - word.length())) {
					return word;
				}
			}
			return null;
		}

	}

	private static Set<Character> characters(Set<String> entries) {
		Set<Character> characters = new LinkedHashSet<>();
		for (String entry : entries) {
			for (char c : entry.toCharArray()) {
				characters.add(c);
			}
		}
		return Set.copyOf(characters);
	}

	private static Set<String> read(String name) {
		String resource = "disclosure/" + name + ".txt";
		InputStream in = RedactionWordLists.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Missing word list " + resource);
		}
		Set<String> entries = new LinkedHashSet<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				int comment = line.indexOf('#');
				String content = (comment >= 0) ? line.substring(0, comment) : line;
				for (String entry : content.trim().split("\\s+")) {
					if (!entry.isEmpty()) {
						entries.add(entry);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return entries;
	}

}
