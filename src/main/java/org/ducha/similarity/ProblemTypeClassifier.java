package org.ducha.similarity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Suggests problem types (问题类型) for a complaint's text: keyword rules
 * ({@code similarity/problem-type-keywords.tsv}) combined with a naive Bayes model
 * trained on labelled complaint texts ({@code similarity/problem-types.tsv}). Features
 * are the smartcn words of the folded text and its character bigrams.
 * <p>
 * A type's score is {@code 1 − (1 − p) × (1 − 0.6 × k)}, where {@code p} is the model's
 * posterior and {@code k} is 1 when one of the type's keywords occurs: a keyword alone
 * gives 0.6, a confident model alone its posterior. Types scoring at least
 * {@value #SUGGESTION_SCORE} are suggested, and the best type always is. Campaigns
 * publish their own sub-type lists; this suggests only the nine top-level types.
 * Thread-safe.
 */
public final class ProblemTypeClassifier {

	/** The problem types, in the order of the domain's list. */
	public static final List<String> TYPES = List.of("AIR", "WATER", "SOIL", "NOISE", "SOLID_WASTE", "ECOLOGY",
			"RADIATION", "MARINE", "OTHER");

	/** The score from which a type is suggested. */
	public static final double SUGGESTION_SCORE = 0.5;

	private static final double KEYWORD_WEIGHT = 0.6;

	private final NaiveBayes model;

	private final Map<String, List<String>> keywords;

	private ProblemTypeClassifier(NaiveBayes model, Map<String, List<String>> keywords) {
		this.model = model;
		this.keywords = keywords;
	}

	/**
	 * The classifier trained on the shipped corpus and keyword list.
	 */
	public static ProblemTypeClassifier standard() {
		List<NaiveBayes.Example> examples = new ArrayList<>();
		for (String[] row : WordLists.rows("problem-types.tsv")) {
			examples.add(new NaiveBayes.Example(Arrays.asList(row[0].trim().split(",")), features(row[1])));
		}
		Map<String, List<String>> keywords = new LinkedHashMap<>();
		for (String[] row : WordLists.rows("problem-type-keywords.tsv")) {
			keywords.put(row[0].trim(), List.of(row[1].trim().split("\\s+")));
		}
		return new ProblemTypeClassifier(new NaiveBayes(TYPES, examples), keywords);
	}

	/**
	 * Every type with its score, best first.
	 */
	public List<TypeScore> classify(String text) {
		String folded = ChineseText.fold(text);
		Map<String, Double> posteriors = this.model.posteriors(features(folded));
		List<TypeScore> scores = new ArrayList<>();
		for (String type : TYPES) {
			List<String> found = new ArrayList<>();
			for (String keyword : this.keywords.getOrDefault(type, List.of())) {
				if (folded.contains(keyword)) {
					found.add(keyword);
				}
			}
			double rule = found.isEmpty() ? 0 : KEYWORD_WEIGHT;
			double score = 1 - (1 - posteriors.get(type)) * (1 - rule);
			scores.add(new TypeScore(type, Math.round(score * 1000) / 1000.0, found));
		}
		scores.sort(Comparator.comparingDouble(TypeScore::score).reversed());
		return List.copyOf(scores);
	}

	/**
	 * The types worth suggesting: those scoring at least {@value #SUGGESTION_SCORE}, and
	 * always the best one.
	 */
	public List<TypeScore> suggest(String text) {
		List<TypeScore> scores = classify(text);
		List<TypeScore> suggested = new ArrayList<>();
		for (TypeScore score : scores) {
			if (suggested.isEmpty() || score.score() >= SUGGESTION_SCORE) {
				suggested.add(score);
			}
		}
		return List.copyOf(suggested);
	}

	static List<String> features(String text) {
		String folded = ChineseText.fold(text);
		Set<String> features = new LinkedHashSet<>();
		try (TokenStream stream = ChineseText.analyzer().tokenStream("text", folded)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				features.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String han = ChineseText.wordCharsOnly(folded);
		for (int i = 0; i + 2 <= han.length(); i++) {
			features.add("#" + han.substring(i, i + 2));
		}
		return List.copyOf(features);
	}

}
