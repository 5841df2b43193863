package org.ducha.regions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Region resolution on one thread for the benchmark report: addresses of the test corpus
 * resolved one after another for a fixed time, after a warm-up of the same length.
 */
public final class RegionThroughput {

	private RegionThroughput() {
	}

	/**
	 * Resolutions per second of the corpus' addresses.
	 * @param corpus the regions corpus (tab-separated, the address in the sixth column)
	 * @param seconds how long to measure (and to warm up before)
	 * @return resolutions per second
	 */
	public static double perSecond(Path corpus, double seconds) throws IOException {
		RegionResolver resolver = RegionResolver.load(RegionDirectory.load());
		List<String> addresses = new ArrayList<>();
		for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
			if (!line.isBlank() && !line.startsWith("#")) {
				addresses.add(line.split("\t", -1)[5]);
			}
		}
		run(resolver, addresses, seconds);
		return run(resolver, addresses, seconds);
	}

	private static double run(RegionResolver resolver, List<String> addresses, double seconds) {
		long end = System.nanoTime() + (long) (seconds * 1e9);
		long start = System.nanoTime();
		long count = 0;
		int sink = 0;
		while (System.nanoTime() < end) {
			sink += resolver.resolve(addresses.get((int) (count % addresses.size())), "141000").hashCode();
			count++;
		}
		if (sink == 42) {
			System.out.print("");
		}
		return count / ((System.nanoTime() - start) / 1e9);
	}

}
