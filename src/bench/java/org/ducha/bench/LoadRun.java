package org.ducha.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a lifecycle with a number of concurrent clients: first a warm-up (not counted),
 * then a fixed number of lifecycles or until a time limit, recording each step's and each
 * lifecycle's latency.
 */
final class LoadRun {

	record Result(String name, int clients, long lifecycles, long errors, double seconds, double drainSeconds,
			List<String> steps, long[][] stepNanos, long[] lifecycleNanos, String firstError) {

		double throughput() {
			return this.lifecycles / this.seconds;
		}

		/** Lifecycles per second until the asynchronous work they left was done too. */
		double throughputDrained() {
			return this.lifecycles / (this.seconds + this.drainSeconds);
		}

		static double percentile(long[] sorted, double p) {
			if (sorted.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
			return sorted[Math.clamp(index, 0, sorted.length - 1)] / 1e6;
		}

	}

	private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1000);

	static Result run(Lifecycle lifecycle, int clients, long warmup, long count, double maxSeconds) throws Exception {
		lifecycle.prepare(clients);
		drive(lifecycle, clients, warmup, 1e9, new Recorder(lifecycle.steps().size()));
		lifecycle.drain();
		Recorder recorder = new Recorder(lifecycle.steps().size());
		long started = System.nanoTime();
		drive(lifecycle, clients, count, maxSeconds, recorder);
		double seconds = (System.nanoTime() - started) / 1e9;
		long drainStart = System.nanoTime();
		lifecycle.drain();
		double drain = (System.nanoTime() - drainStart) / 1e9;
		return recorder.result(lifecycle, clients, seconds, drain);
	}

	private static void drive(Lifecycle lifecycle, int clients, long count, double maxSeconds, Recorder recorder)
			throws Exception {
		AtomicLong left = new AtomicLong(count);
		long deadline = System.nanoTime() + (long) (maxSeconds * 1e9);
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int client = c;
			futures.add(pool.submit(() -> {
				long[] marks = new long[lifecycle.steps().size()];
				while (left.getAndDecrement() > 0 && System.nanoTime() < deadline) {
					long start = System.nanoTime();
					Arrays.fill(marks, 0);
					try {
						lifecycle.run(client, SEQUENCE.incrementAndGet(), (step) -> marks[step] = System.nanoTime());
						recorder.add(start, marks, System.nanoTime());
					}
					catch (Exception ex) {
						recorder.error(ex);
					}
				}
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
	}

	private static final class Recorder {

		private final List<long[]> steps = new ArrayList<>();

		private final List<Long> lifecycles = new ArrayList<>();

		private long errors;

		private String firstError;

		Recorder(int stepCount) {
			for (int i = 0; i < stepCount; i++) {
				this.steps.add(new long[0]);
			}
		}

		private final List<long[]> rows = new ArrayList<>();

		synchronized void add(long start, long[] marks, long end) {
			long[] row = new long[marks.length];
			long previous = start;
			for (int i = 0; i < marks.length; i++) {
				if (marks[i] != 0) {
					row[i] = marks[i] - previous;
					previous = marks[i];
				}
				else {
					row[i] = -1;
				}
			}
			this.rows.add(row);
			this.lifecycles.add(end - start);
		}

		synchronized void error(Exception ex) {
			this.errors++;
			if (this.firstError == null) {
				this.firstError = ex.toString();
				System.err.println("lifecycle failed: " + ex);
			}
		}

		synchronized Result result(Lifecycle lifecycle, int clients, double seconds, double drain) {
			int stepCount = this.steps.size();
			long[][] stepNanos = new long[stepCount][];
			for (int s = 0; s < stepCount; s++) {
				int step = s;
				stepNanos[s] = this.rows.stream().mapToLong((row) -> row[step]).filter((v) -> v >= 0).sorted().toArray();
			}
			long[] total = this.lifecycles.stream().mapToLong(Long::longValue).sorted().toArray();
			return new Result(lifecycle.name(), clients, total.length, this.errors, seconds, drain, lifecycle.steps(),
					stepNanos, total, this.firstError);
		}

	}

}
