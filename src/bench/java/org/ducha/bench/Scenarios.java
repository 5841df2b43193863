package org.ducha.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.ducha.regions.RegionThroughput;

/**
 * The benchmark's other scenarios on the database of one size, against the running
 * application, after the lifecycles: the similar-complaint check, region resolution, the
 * bulletin and every dashboard chart of the largest campaign, the campaign's disclosure
 * table as Excel (time and the application's peak memory), and optionally a full rebuild
 * of the repeat-detection index from the database.
 */
final class Scenarios {

	private static final List<String> CHARTS = List.of("daily", "counties", "types", "funnel", "rates", "closure",
			"satisfaction", "hotSpots", "accountability", "taskColours", "taskUnits");

	private final String base;

	private final String jdbcUrl;

	private final long appPid;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final StringBuilder out = new StringBuilder();

	private Scenarios(String base, String jdbcUrl, long appPid) {
		this.base = base;
		this.jdbcUrl = jdbcUrl;
		this.appPid = appPid;
	}

	/** {@code label jdbcUrl baseUrl appPid out.md rebuild(true|false)} */
	static void run(String[] args) throws Exception {
		Scenarios scenarios = new Scenarios(args[3], args[2], Long.parseLong(args[4]));
		scenarios.all(args[1], Boolean.parseBoolean(args[6]));
		Files.writeString(Path.of(args[5]), scenarios.out.toString());
		System.out.println(scenarios.out);
	}

	private void all(String label, boolean rebuild) throws Exception {
		this.out.append(String.format("#### %s existing cases: the other scenarios%n%n", label));
		similar();
		regions();
		dashboards();
		export();
		if (rebuild) {
			rebuild();
		}
	}

	/** 1,000 checks of a random complaint, one client, after 100 to warm up. */
	private void similar() throws Exception {
		List<String> ids = strings("SELECT id::text FROM complaint ORDER BY random() LIMIT 1100");
		if (ids.size() < 200) {
			this.out.append("- similar-complaint check: too few complaints to measure\n");
			return;
		}
		long size = number("SELECT count(*) FROM complaint");
		for (String id : ids.subList(0, 100)) {
			send("GET", "/api/complaints/" + id + "/similar?limit=5", "bench-clerk", 200);
		}
		List<String> timed = ids.subList(100, ids.size());
		long[] nanos = new long[timed.size()];
		for (int i = 0; i < timed.size(); i++) {
			long start = System.nanoTime();
			send("GET", "/api/complaints/" + timed.get(i) + "/similar?limit=5", "bench-clerk", 200);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		this.out.append(String.format(
				"- **similar-complaint check** over HTTP (`GET /api/complaints/{id}/similar?limit=5`, one client, "
						+ "%,d checks of random complaints among %,d indexed, authentication included): "
						+ "p50 **%.1f ms**, p95 %.1f ms, p99 **%.1f ms**, max %.1f ms (load %s)%n",
				nanos.length, size, ms(nanos, 50), ms(nanos, 95), ms(nanos, 99), nanos[nanos.length - 1] / 1e6,
				load()));
	}

	private void regions() throws Exception {
		double rate = RegionThroughput.perSecond(Path.of("src/test/resources/regions/corpus.tsv"), 5);
		this.out.append(String.format("- **region resolution**, in process, one thread, the corpus' addresses: "
				+ "**%,.0f resolutions/s** (target ≥ 20,000/s; load %s)%n", rate, load()));
	}

	/** The bulletin and each chart of the largest campaign: 2 calls to warm up, 10 timed. */
	private void dashboards() throws Exception {
		List<String> campaign = strings(
				"SELECT campaign_id::text || ' ' || count(*) FROM complaint GROUP BY campaign_id ORDER BY count(*) DESC LIMIT 1");
		if (campaign.isEmpty()) {
			return;
		}
		String id = campaign.get(0).split(" ")[0];
		long cases = number("SELECT count(*) FROM case_file WHERE campaign_id = '" + id + "'");
		this.out.append(String.format(
				"- **bulletin and dashboard charts** of the largest campaign (%s complaints, %,d cases), over HTTP as "
						+ "a team leader, whole stay, median / p95 of 10 calls after 2: ",
				campaign.get(0).split(" ")[1], cases));
		List<String> parts = new ArrayList<>();
		List<String> paths = new ArrayList<>();
		paths.add("/api/campaigns/" + id + "/bulletin");
		CHARTS.forEach((chart) -> paths.add("/api/campaigns/" + id + "/stats/" + chart));
		for (String path : paths) {
			HttpResponse<byte[]> probe = send("GET", path, "bench-leader", -1);
			if (probe.statusCode() != 200) {
				parts.add(path.substring(path.lastIndexOf('/') + 1) + " → HTTP " + probe.statusCode());
				continue;
			}
			send("GET", path, "bench-leader", 200);
			long[] nanos = new long[10];
			for (int i = 0; i < nanos.length; i++) {
				long start = System.nanoTime();
				send("GET", path, "bench-leader", 200);
				nanos[i] = System.nanoTime() - start;
			}
			Arrays.sort(nanos);
			parts.add(String.format("%s %.0f / %.0f ms", path.substring(path.lastIndexOf('/') + 1), ms(nanos, 50),
					ms(nanos, 95)));
		}
		this.out.append(String.join("; ", parts)).append(" (load ").append(load()).append(")\n");
	}

	/** The largest campaign's published results as one Excel sheet, three times. */
	private void export() throws Exception {
		List<String> campaign = strings("SELECT campaign_id::text || ' ' || count(*) FROM disclosure_entry "
				+ "WHERE status = 'PUBLISHED' GROUP BY campaign_id ORDER BY count(*) DESC LIMIT 1");
		if (campaign.isEmpty()) {
			this.out.append("- disclosure export: no published rows at this size\n");
			return;
		}
		String id = campaign.get(0).split(" ")[0];
		long rows = Long.parseLong(campaign.get(0).split(" ")[1]);
		long[] before = memory();
		send("GET", "/api/campaigns/" + id + "/disclosures.xlsx", "bench-leader", 200);
		long[] afterFirst = memory();
		long[] nanos = new long[3];
		long bytes = 0;
		for (int i = 0; i < nanos.length; i++) {
			long start = System.nanoTime();
			bytes = send("GET", "/api/campaigns/" + id + "/disclosures.xlsx", "bench-leader", 200).body().length;
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		long[] after = memory();
		this.out.append(String.format(
				"- **disclosure table as Excel** (`GET /api/campaigns/{id}/disclosures.xlsx`, streamed): %,d rows, "
						+ "%.1f MB, median **%.0f ms** of 3 after one (%.0f ms per 10,000 rows); the application's "
						+ "resident memory peak (VmHWM) %,d MB before the first export, %,d MB after it, %,d MB after "
						+ "three more (RSS %,d MB) (load %s)%n",
				rows, bytes / 1e6, ms(nanos, 50), ms(nanos, 50) * 10_000 / rows, before[0], afterFirst[0], after[0],
				after[1], load()));
	}

	/** A full rebuild of the repeat-detection index from the database, timed by polling. */
	private void rebuild() throws Exception {
		long start = System.nanoTime();
		send("POST", "/api/similarity/index/rebuild", "bench-admin", 202);
		JsonNode status;
		do {
			Thread.sleep(1000);
			status = this.json.readTree(send("GET", "/api/similarity/index", "bench-admin", 200).body());
		}
		while (status.get("rebuilding").asBoolean());
		double seconds = (System.nanoTime() - start) / 1e9;
		long total = status.get("rebuilt").asLong();
		this.out.append(String.format(
				"- **full rebuild of the repeat-detection index from the database** (`POST /api/similarity/index/rebuild`, "
						+ "searches served meanwhile from the old index): %,d complaints in **%.0f s** (%,.0f/s; "
						+ "polled every second) (load %s)%n",
				total, seconds, total / seconds, load()));
	}

	private HttpResponse<byte[]> send(String method, String path, String user, int expected) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofMinutes(5))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + DataLoader.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json, */*")
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		if (expected > 0 && response.statusCode() != expected) {
			String body = new String(response.body(), StandardCharsets.UTF_8);
			throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + " "
					+ body.substring(0, Math.min(400, body.length())));
		}
		return response;
	}

	private List<String> strings(String sql) throws Exception {
		List<String> values = new ArrayList<>();
		try (Connection c = DriverManager.getConnection(this.jdbcUrl, "postgres", "");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(sql)) {
			while (rs.next()) {
				values.add(rs.getString(1));
			}
		}
		return values;
	}

	private long number(String sql) throws Exception {
		return Long.parseLong(strings(sql).get(0));
	}

	/** The application's peak and current resident memory, MB. */
	private long[] memory() throws Exception {
		long peak = 0;
		long current = 0;
		for (String line : Files.readAllLines(Path.of("/proc/" + this.appPid + "/status"))) {
			if (line.startsWith("VmHWM:")) {
				peak = Long.parseLong(line.replaceAll("\\D", "")) / 1024;
			}
			if (line.startsWith("VmRSS:")) {
				current = Long.parseLong(line.replaceAll("\\D", "")) / 1024;
			}
		}
		return new long[] { peak, current };
	}

	private static String load() throws Exception {
		return Files.readString(Path.of("/proc/loadavg")).strip().split(" ")[0];
	}

	private static double ms(long[] sorted, double percentile) {
		return LoadRun.Result.percentile(sorted, percentile);
	}

}
