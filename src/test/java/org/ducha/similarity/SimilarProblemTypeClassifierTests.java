package org.ducha.similarity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The problem-type classifier ({@link ProblemTypeClassifier}): behaviour, and accuracy on
 * held-out texts ({@code src/test/resources/similarity/problem-types-test.tsv}) written
 * apart from the training texts. Figures go to {@code target/similarity-classifier.txt}.
 */
class SimilarProblemTypeClassifierTests {

	static final Path HELD_OUT = Path.of("src/test/resources/similarity/problem-types-test.tsv");

	static final Path REPORT = Path.of("target/similarity-classifier.txt");

	static final ProblemTypeClassifier classifier = ProblemTypeClassifier.standard();

	static double topOneAccuracy;

	static double exactSets;

	static double precision;

	static double recall;

	@BeforeAll
	static void classifyTheHeldOutTexts() throws IOException {
		List<String[]> rows = new ArrayList<>();
		for (String line : Files.readAllLines(HELD_OUT, StandardCharsets.UTF_8)) {
			if (!line.isBlank() && !line.startsWith("#")) {
				rows.add(line.split("\t"));
			}
		}
		int top = 0;
		int exact = 0;
		int truePositives = 0;
		int predicted = 0;
		int expected = 0;
		StringBuilder misses = new StringBuilder();
		for (String[] row : rows) {
			Set<String> gold = new HashSet<>(Arrays.asList(row[0].split(",")));
			List<TypeScore> suggested = classifier.suggest(row[1]);
			Set<String> types = new HashSet<>(suggested.stream().map(TypeScore::type).toList());
			if (gold.contains(suggested.get(0).type())) {
				top++;
			}
			else {
				misses.append(String.format(Locale.ROOT, "%s\t%s\t%s%n", row[0], suggested, row[1]));
			}
			if (types.equals(gold)) {
				exact++;
			}
			Set<String> hit = new HashSet<>(types);
			hit.retainAll(gold);
			truePositives += hit.size();
			predicted += types.size();
			expected += gold.size();
		}
		topOneAccuracy = (double) top / rows.size();
		exactSets = (double) exact / rows.size();
		precision = (double) truePositives / predicted;
		recall = (double) truePositives / expected;
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, String.format(Locale.ROOT,
				"# problem types on %s: %d held-out texts%ntop-1 accuracy      %.3f%nexact type sets     %.3f%n"
						+ "micro precision     %.3f%nmicro recall        %.3f%nmicro F1            %.3f%n%n## top-1 misses%n%s",
				HELD_OUT, rows.size(), topOneAccuracy, exactSets, precision, recall,
				2 * precision * recall / (precision + recall), misses), StandardCharsets.UTF_8);
	}

	@Test
	void suggestsTheTypeAComplaintDescribes() {
		assertThat(classifier.suggest("隔壁工地每天夜里施工到两点，吵得孩子睡不着").get(0).type()).isEqualTo("NOISE");
		assertThat(classifier.suggest("小溪里的水被上游厂子排得发黑发臭").get(0).type()).isEqualTo("WATER");
	}

	@Test
	void suggestsSeveralTypesWhenAComplaintHasSeveralProblems() {
		assertThat(classifier.suggest("楼下饭馆油烟熏人，排风机半夜还嗡嗡响")).extracting(TypeScore::type).contains("AIR", "NOISE");
	}

	@Test
	void showsTheKeywordsBehindASuggestion() {
		TypeScore radiation = classifier.suggest("小区楼顶装了通信基站，担心辐射").get(0);

		assertThat(radiation.type()).isEqualTo("RADIATION");
		assertThat(radiation.keywords()).contains("基站", "辐射");
	}

	@Test
	void scoresEveryTypeBetweenZeroAndOne() {
		assertThat(classifier.classify("反映的问题")).hasSize(ProblemTypeClassifier.TYPES.size())
			.allSatisfy((score) -> assertThat(score.score()).isBetween(0.0, 1.0));
	}

	@Test
	void putsAHeldOutTextsTypeFirstForAlmostNineInTen() {
		assertThat(topOneAccuracy).isGreaterThanOrEqualTo(0.88);
	}

	@Test
	void findsMostTypesOfHeldOutTextsWithoutSuggestingMuchElse() {
		assertThat(recall).isGreaterThanOrEqualTo(0.85);
		assertThat(precision).isGreaterThanOrEqualTo(0.80);
	}

}
