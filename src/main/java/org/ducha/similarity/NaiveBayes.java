package org.ducha.similarity;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A multinomial naive Bayes model over word features with Laplace smoothing. A training
 * text with several labels counts once for each of them. Posteriors are normalised over
 * the labels.
 */
final class NaiveBayes {

	private static final double SMOOTHING = 0.5;

	private final List<String> labels;

	private final Map<String, Double> logPriors = new HashMap<>();

	private final Map<String, Map<String, Integer>> featureCounts = new HashMap<>();

	private final Map<String, Integer> totalCounts = new HashMap<>();

	private final int vocabularySize;

	NaiveBayes(List<String> labels, List<Example> examples) {
		this.labels = List.copyOf(labels);
		Map<String, Integer> documents = new HashMap<>();
		Set<String> vocabulary = new HashSet<>();
		int labelled = 0;
		for (Example example : examples) {
			for (String label : example.labels()) {
				documents.merge(label, 1, Integer::sum);
				labelled++;
				Map<String, Integer> counts = this.featureCounts.computeIfAbsent(label, (key) -> new HashMap<>());
				for (String feature : example.features()) {
					counts.merge(feature, 1, Integer::sum);
					this.totalCounts.merge(label, 1, Integer::sum);
					vocabulary.add(feature);
				}
			}
		}
		for (String label : this.labels) {
			this.logPriors.put(label, Math.log((documents.getOrDefault(label, 0) + 1.0) / (labelled + labels.size())));
		}
		this.vocabularySize = vocabulary.size();
	}

	/**
	 * The posterior probability of every label, in the model's label order.
	 */
	Map<String, Double> posteriors(Collection<String> features) {
		Map<String, Double> logs = new LinkedHashMap<>();
		double max = Double.NEGATIVE_INFINITY;
		for (String label : this.labels) {
			Map<String, Integer> counts = this.featureCounts.getOrDefault(label, Map.of());
			double denominator = this.totalCounts.getOrDefault(label, 0) + SMOOTHING * (this.vocabularySize + 1);
			double log = this.logPriors.get(label);
			for (String feature : features) {
				log += Math.log((counts.getOrDefault(feature, 0) + SMOOTHING) / denominator);
			}
			logs.put(label, log);
			max = Math.max(max, log);
		}
		double sum = 0;
		for (Map.Entry<String, Double> entry : logs.entrySet()) {
			entry.setValue(Math.exp(entry.getValue() - max));
			sum += entry.getValue();
		}
		for (Map.Entry<String, Double> entry : logs.entrySet()) {
			entry.setValue(entry.getValue() / sum);
		}
		return logs;
	}

	/**
	 * One training text.
	 */
	record Example(List<String> labels, List<String> features) {

	}

}
