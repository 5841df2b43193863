package org.ducha.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The figures of one size as Markdown. */
final class Report {

	private Report() {
	}

	static String of(String label, int clients, List<LoadRun.Result> results, Map<String, String> load) {
		StringBuilder out = new StringBuilder();
		out.append(String.format("#### %s existing cases, %d concurrent clients%n%n", label, clients));
		out.append("| variant | lifecycles | errors | lifecycles/s | incl. async drain | lifecycle p50 | p95 | p99 (ms) "
				+ "| load avg after |\n|---|---|---|---|---|---|---|---|---|\n");
		for (LoadRun.Result r : results) {
			out.append(String.format("| %s | %d | %d | **%.1f** | %.1f | %.1f | %.1f | %.1f | %s |%n", r.name(),
					r.lifecycles(), r.errors(), r.throughput(), r.throughputDrained(),
					LoadRun.Result.percentile(r.lifecycleNanos(), 50), LoadRun.Result.percentile(r.lifecycleNanos(), 95),
					LoadRun.Result.percentile(r.lifecycleNanos(), 99), load.get(r.name())));
		}
		LoadRun.Result ducha = results.get(0);
		out.append('\n');
		for (LoadRun.Result other : results.subList(1, results.size())) {
			out.append(String.format("- %s / Ducha: throughput ratio **%.2f×**, median lifecycle ratio Ducha / %s %.2f×%n",
					other.name(), other.throughput() / ducha.throughput(), other.name(),
					LoadRun.Result.percentile(ducha.lifecycleNanos(), 50)
							/ LoadRun.Result.percentile(other.lifecycleNanos(), 50)));
		}
		for (LoadRun.Result r : results) {
			String db = load.get(r.name() + " db");
			if (db != null) {
				long[] v = java.util.Arrays.stream(db.split(";")).mapToLong(Long::parseLong).toArray();
				out.append(String.format("- %s, per lifecycle (PostgreSQL statistics, warm-up and asynchronous listeners "
						+ "included): %.1f commits, %.1f rows inserted, %.1f updated, %.1f deleted%n", r.name(),
						(double) v[0] / v[4], (double) v[1] / v[4], (double) v[2] / v[4], (double) v[3] / v[4]));
			}
		}
		for (LoadRun.Result r : results) {
			if (r.firstError() != null) {
				out.append("- first error of ").append(r.name()).append(": `").append(r.firstError().replace('`', '\''));
				out.append("`\n");
			}
		}
		out.append("\nPer step, p50 / p95 / p99 in ms:\n\n| step |");
		results.forEach((r) -> out.append(' ').append(r.name()).append(" |"));
		out.append("\n|---|");
		results.forEach((r) -> out.append("---|"));
		out.append('\n');
		List<String> steps = ducha.steps();
		for (int s = 0; s < steps.size(); s++) {
			out.append("| ").append(steps.get(s)).append(" |");
			for (LoadRun.Result r : results) {
				long[] sorted = r.stepNanos()[s];
				out.append(String.format(" %.1f / %.1f / %.1f |", LoadRun.Result.percentile(sorted, 50),
						LoadRun.Result.percentile(sorted, 95), LoadRun.Result.percentile(sorted, 99)));
			}
			out.append('\n');
		}
		out.append('\n');
		return out.toString();
	}

	static double mean(long[] values) {
		return Arrays.stream(values).average().orElse(Double.NaN) / 1e6;
	}

}
