package org.ducha.similarity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A rough single-thread timing of the repeat-detection engine, not a test and not a JMH
 * benchmark: indexes generated complaints into an on-disk index in a temporary directory
 * (or in memory), commits, then checks probes (half are re-worded copies of indexed
 * complaints, half are new) and prints the indexing rate and the check latency
 * percentiles.
 * <p>
 * Run after {@code ./mvnw test-compile} (the class path from
 * {@code ./mvnw dependency:build-classpath -Dmdep.outputFile=target/cp.txt}): <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.ducha.similarity.SimilarComplaintsTiming [documents=100000] [probes=2000] [disk|memory] [short|long]
 * </pre> {@code long} makes every description about five times longer (about 150
 * characters, closer to real 交办问题基本情况) by appending other generated descriptions.
 */
final class SimilarComplaintsTiming {

	private SimilarComplaintsTiming() {
	}

	public static void main(String[] args) throws IOException {
		int documents = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		int probes = (args.length > 1) ? Integer.parseInt(args[1]) : 2_000;
		boolean onDisk = args.length <= 2 || !"memory".equals(args[2]);
		boolean longTexts = args.length > 3 && "long".equals(args[3]);
		System.out.printf(Locale.ROOT, "java %s, %d processors, max heap %d MiB%n", Runtime.version(),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

		long start = System.nanoTime();
		List<ComplaintDocument> corpus = new ComplaintGenerator(42L, Set.of()).generate(documents);
		if (longTexts) {
			corpus = lengthened(corpus);
		}
		System.out.printf(Locale.ROOT, "generated %d complaints in %s, descriptions of %.0f characters on average%n",
				documents, since(start),
				corpus.stream().mapToInt((complaint) -> complaint.description().length()).average().orElse(0));

		Path directory = onDisk ? Files.createTempDirectory("similar-timing") : null;
		try (SimilarComplaints complaints = onDisk ? SimilarComplaints.at(directory) : SimilarComplaints.inMemory()) {
			SiteProfile.of(corpus.get(0));
			start = System.nanoTime();
			for (int i = 0; i < corpus.size(); i++) {
				complaints.index(corpus.get(i));
				if ((i + 1) % 20_000 == 0) {
					System.out.printf(Locale.ROOT, "  indexed %d (%s)%n", i + 1, since(start));
				}
			}
			long indexNanos = System.nanoTime() - start;
			start = System.nanoTime();
			complaints.commit();
			long commitNanos = System.nanoTime() - start;
			System.out.printf(Locale.ROOT, "indexing: %d complaints in %.1f s = %.0f complaints/s; commit %d ms (%s)%n",
					documents, indexNanos / 1e9, documents / (indexNanos / 1e9), commitNanos / 1_000_000,
					onDisk ? "FSDirectory " + directory + ", " + size(directory) / (1 << 20) + " MiB"
							: "ByteBuffersDirectory");

			List<ComplaintDocument> questions = probes(corpus, probes);
			for (int i = 0; i < Math.min(300, questions.size()); i++) {
				complaints.check(questions.get(i));
			}
			java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
			long[] nanos = new long[questions.size()];
			long[] cpu = new long[questions.size()];
			long[] known = new long[(questions.size() + 1) / 2];
			long[] fresh = new long[questions.size() / 2];
			int repeats = 0;
			for (int i = 0; i < questions.size(); i++) {
				long cpuBefore = threads.getCurrentThreadCpuTime();
				long before = System.nanoTime();
				RepeatCheck check = complaints.check(questions.get(i));
				nanos[i] = System.nanoTime() - before;
				cpu[i] = threads.getCurrentThreadCpuTime() - cpuBefore;
				if (i % 2 == 0) {
					known[i / 2] = nanos[i];
				}
				else {
					fresh[i / 2] = nanos[i];
				}
				if (check.verdict() instanceof Verdict.LikelyRepeat) {
					repeats++;
				}
			}
			report("check (similarTo + verdict), all probes, wall", nanos);
			report("  thread CPU time (not inflated by other processes)", cpu);
			report("  re-worded repeats of indexed complaints, wall", known);
			report("  complaints the index has not seen, wall", fresh);
			System.out.printf(Locale.ROOT, "%d judged repeats; load average %.2f%n", repeats,
					java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
		finally {
			if (directory != null) {
				try (Stream<Path> files = Files.walk(directory)) {
					files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
				}
			}
		}
	}

	/**
	 * Half re-worded copies of indexed complaints (short name, no address, a later date),
	 * half complaints the index has not seen.
	 */
	private static List<ComplaintDocument> probes(List<ComplaintDocument> corpus, int count) {
		Random random = new Random(7);
		List<ComplaintDocument> probes = new ArrayList<>();
		List<ComplaintDocument> unseen = new ComplaintGenerator(4242L, Set.of()).generate(count / 2);
		for (int i = 0; i < count; i++) {
			if (i % 2 == 1) {
				probes.add(unseen.get(i / 2));
				continue;
			}
			ComplaintDocument known = corpus.get(random.nextInt(corpus.size()));
			SiteName name = SiteNames.parse(known.reportedObjectName());
			String shortName = name.hasCore() ? name.core() + "厂" : known.reportedObjectName();
			probes.add(new ComplaintDocument(UUID.randomUUID(), "P" + i, null,
					known.receivedAt().plus(Duration.ofDays(3)), known.regionCode(), shortName, null, null,
					"又有人反映：" + known.description(), known.problemTypes()));
		}
		return probes;
	}

	private static List<ComplaintDocument> lengthened(List<ComplaintDocument> corpus) {
		List<ComplaintDocument> longer = new ArrayList<>(corpus.size());
		for (int i = 0; i < corpus.size(); i++) {
			ComplaintDocument complaint = corpus.get(i);
			StringBuilder text = new StringBuilder(complaint.description());
			for (int more = 1; more <= 4; more++) {
				text.append("另外，").append(corpus.get((i + more * 7919) % corpus.size()).description());
			}
			longer.add(new ComplaintDocument(complaint.complaintId(), complaint.receiptNumber(), complaint.campaignId(),
					complaint.receivedAt(), complaint.regionCode(), complaint.reportedObjectName(),
					complaint.reportedObjectAddress(), complaint.location(), text.toString(),
					complaint.problemTypes()));
		}
		return longer;
	}

	private static void report(String what, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		System.out.printf(Locale.ROOT, "%s, %d probes: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", what,
				sorted.length, percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
				sorted[sorted.length - 1] / 1e6);
	}

	private static double percentile(long[] sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

	private static long size(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).mapToLong((path) -> path.toFile().length()).sum();
		}
	}

	private static String since(long start) {
		return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9);
	}

}
