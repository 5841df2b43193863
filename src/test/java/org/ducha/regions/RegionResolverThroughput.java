package org.ducha.regions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A rough single-thread timing of the resolver, not a test and not a benchmark (no JMH
 * yet): resolves the corpus texts plus complaint-length paragraphs in a loop and prints
 * resolutions per second.
 * <p>
 * Run after {@code ./mvnw test-compile}: <pre>
 * java -cp target/classes:target/test-classes org.ducha.regions.RegionResolverThroughput [seconds]
 * </pre>
 */
final class RegionResolverThroughput {

	private RegionResolverThroughput() {
	}

	public static void main(String[] args) throws IOException {
		int seconds = (args.length > 0) ? Integer.parseInt(args[0]) : 5;
		long loadStart = System.nanoTime();
		RegionDirectory directory = RegionDirectory.load();
		RegionResolver resolver = RegionResolver.load(directory);
		long loadNanos = System.nanoTime() - loadStart;
		List<String> texts = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("src/test/resources/regions/corpus.tsv"),
				StandardCharsets.UTF_8)) {
			if (!line.isBlank() && !line.startsWith("#")) {
				texts.add(line.split("\t", -1)[5]);
			}
		}
		List<String> paragraphs = new ArrayList<>();
		for (int i = 0; i + 3 < texts.size(); i += 4) {
			paragraphs.add("来电人反映：" + texts.get(i) + "，多年来一直如此。此前曾向有关部门反映，" + texts.get(i + 1)
					+ "，但问题没有解决。希望督察组督促当地尽快处理，还群众一个清净的环境。另据了解，" + texts.get(i + 2) + "也存在类似情况。");
		}
		List<String> longTexts = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		for (String paragraph : paragraphs) {
			text.append(paragraph);
			if (text.length() >= RegionResolver.MAX_SCANNED_CHARS) {
				longTexts.add(text.toString());
				text.setLength(0);
			}
		}
		run("corpus texts (avg " + average(texts) + " chars)", resolver, texts, seconds);
		run("complaint paragraphs (avg " + average(paragraphs) + " chars)", resolver, paragraphs, seconds);
		run("long complaints (avg " + average(longTexts) + " chars)", resolver, longTexts, seconds);
		System.out.printf(Locale.ROOT, "load: %d ms (directory + resolver, %d names)%n", loadNanos / 1_000_000,
				resolver.names());
	}

	private static void run(String label, RegionResolver resolver, List<String> texts, int seconds) {
		long sink = 0;
		long warmUpEnd = System.nanoTime() + 2_000_000_000L;
		for (int i = 0; System.nanoTime() < warmUpEnd; i++) {
			sink += resolver.resolve(texts.get(i % texts.size())).alternatives().size();
		}
		long count = 0;
		long start = System.nanoTime();
		long end = start + seconds * 1_000_000_000L;
		while (System.nanoTime() < end) {
			for (int i = 0; i < 100; i++) {
				sink += resolver.resolve(texts.get((int) (count % texts.size()))).alternatives().size();
				count++;
			}
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT, "%s: %,.0f resolutions/s (%d in %.1f s, sink %d)%n", label, count / elapsed,
				count, elapsed, sink);
	}

	private static int average(List<String> texts) {
		return (int) texts.stream().mapToInt(String::length).average().orElse(0);
	}

}
