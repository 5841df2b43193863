package org.ducha.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark harness's entry point (run by {@code tools/bench/run}):
 * <ul>
 * <li>{@code load url cases indexDir out.md} fills a migrated database and writes its
 * sizes;</li>
 * <li>{@code lifecycles label url baseUrl flowableUrl clients count warmup out.md} runs the
 * lifecycle through Ducha's API, as bare SQL and as a Flowable process, one after the
 * other, and writes the figures and ratios.</li>
 * </ul>
 */
public final class Bench {

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		Locale.setDefault(Locale.ROOT);
		try {
			switch (args[0]) {
				case "load" -> load(args);
				case "lifecycles" -> lifecycles(args);
				case "scenarios" -> Scenarios.run(args);
				default -> throw new IllegalArgumentException("load | lifecycles");
			}
		}
		catch (Exception ex) {
			ex.printStackTrace();
			System.exit(1);
		}
		// worker pools of a failed part would keep the JVM alive
		System.exit(0);
	}

	private static void load(String[] args) throws Exception {
		long cases = Long.parseLong(args[2]);
		DataLoader loader = new DataLoader(args[1], cases, Path.of(args[3]));
		long started = System.nanoTime();
		loader.load();
		double seconds = (System.nanoTime() - started) / 1e9;
		String out = String.format("Generated %,d cases (%,d complaints in %d campaigns) in %.1f s.%n%n%s", cases,
				cases * 5 / 4, loader.campaigns(), seconds, loader.sizes());
		Files.writeString(Path.of(args[4]), out);
		System.out.println(out);
	}

	private static void lifecycles(String[] args) throws Exception {
		String label = args[1];
		String url = args[2];
		String base = args[3];
		String flowableUrl = args[4];
		int clients = Integer.parseInt(args[5]);
		long count = Long.parseLong(args[6]);
		long warmup = Long.parseLong(args[7]);
		Path out = Path.of(args[8]);
		double maxSeconds = (args.length > 9) ? Double.parseDouble(args[9]) : 300;
		List<LoadRun.Result> results = new ArrayList<>();
		Map<String, String> load = new HashMap<>();
		databaseCounters(url);
		// BENCH_VARIANTS (e.g. "http" while profiling the application) picks some of the three
		String variants = System.getenv().getOrDefault("BENCH_VARIANTS", "http,sql,flowable");
		if (variants.contains("http")) {
			try (Lifecycle http = new HttpLifecycle(base, url)) {
				results.add(measure(http, clients, warmup, count, maxSeconds, load));
			}
		}
		if (variants.contains("sql")) {
			try (Lifecycle sql = new SqlLifecycle(url, 20)) {
				results.add(measure(sql, clients, warmup, count, maxSeconds, load));
			}
		}
		if (variants.contains("flowable")) {
			try (Lifecycle flowable = new FlowableLifecycle(flowableUrl, 20)) {
				results.add(measure(flowable, clients, warmup, Math.min(count, 1000), maxSeconds, load));
			}
		}
		String report = Report.of(label, clients, results, load);
		Files.writeString(out, report);
		System.out.println(report);
	}

	/** Commits, rows inserted, updated, deleted of the database since the last reset, after reset. */
	static long[] databaseCounters(String url) throws Exception {
		Thread.sleep(11_000);
		try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "postgres", "");
				java.sql.Statement s = c.createStatement();
				java.sql.ResultSet rs = s.executeQuery("SELECT xact_commit, tup_inserted, tup_updated, tup_deleted "
						+ "FROM pg_stat_database WHERE datname = current_database()")) {
			rs.next();
			long[] counters = { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) };
			s.execute("SELECT pg_stat_reset()");
			return counters;
		}
	}

	private static LoadRun.Result measure(Lifecycle lifecycle, int clients, long warmup, long count, double maxSeconds,
			Map<String, String> load) throws Exception {
		System.out.println("running " + lifecycle.name() + " …");
		LoadRun.Result result = LoadRun.run(lifecycle, clients, warmup, count, maxSeconds);
		if (lifecycle.database() != null) {
			// the counters of PostgreSQL's statistics include the warm-up: per lifecycle of both
			long[] counters = databaseCounters(lifecycle.database());
			load.put(lifecycle.name() + " db", String.format("%d;%d;%d;%d;%d", counters[0], counters[1], counters[2],
					counters[3], result.lifecycles() + warmup));
		}
		load.put(lifecycle.name(), Files.readString(Path.of("/proc/loadavg")).strip());
		System.out.printf("%s: %d lifecycles in %.1f s = %.1f/s (%d errors)%n", result.name(), result.lifecycles(),
				result.seconds(), result.throughput(), result.errors());
		return result;
	}

}
