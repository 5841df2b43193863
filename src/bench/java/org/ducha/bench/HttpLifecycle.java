package org.ducha.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lifecycle through Ducha's HTTP API, each request authenticated with HTTP Basic as
 * the officer whose role the step needs: register (routing by the resolver, as a clerk
 * would leave the region to it) → repeat check → screening (accept) → compose a batch →
 * transfer → the handler finds the case → sign → report → review (accept) → search by
 * receipt number. Each client works in a campaign of its own (a campaign has one draft
 * batch at a time).
 */
final class HttpLifecycle implements Lifecycle {

	static final List<String> STEPS = List.of("register", "repeat check", "screen", "compose batch", "transfer",
			"find case", "sign", "report", "review", "search by receipt");

	private final String base;

	private final String jdbcUrl;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final List<String> campaigns = new ArrayList<>();

	private long unfinishedBefore = -1;

	HttpLifecycle(String base, String jdbcUrl) {
		this.base = base;
		this.jdbcUrl = jdbcUrl;
	}

	@Override
	public String database() {
		return this.jdbcUrl;
	}

	@Override
	public String name() {
		return "Ducha (HTTP)";
	}

	@Override
	public List<String> steps() {
		return STEPS;
	}

	@Override
	public void prepare(int clients) throws Exception {
		drain();
		LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
		int run = ThreadLocalRandom.current().nextInt(26 * 26 * 26);
		while (this.campaigns.size() < clients) {
			int k = run * 64 + this.campaigns.size();
			String letters = "B" + (char) ('A' + k / 676 % 26) + (char) ('A' + k / 26 % 26) + (char) ('A' + k % 26);
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("teamName", "基准在驻督察组" + letters);
			body.put("inspectedRegionCode", "141000");
			body.put("inspectedRegionName", "临汾市");
			body.put("startDate", today.minusDays(28).toString());
			body.put("endDate", today.plusDays(2).toString());
			body.put("hotlinePhone", "0357-2069124");
			body.put("poBox", "山西省临汾市12369信箱");
			body.put("hotlineHours", "8:00-20:00");
			body.put("receiptNumberScheme", Map.of("round", "7", "unitLetters", letters));
			body.put("reportDueDays", 30);
			this.campaigns.add(send("POST", "/api/campaigns", "bench-leader", body, 201).get("id").asString());
		}
	}

	@Override
	public void run(int client, long n, Steps clock) throws Exception {
		String campaign = this.campaigns.get(client);
		Map<String, Object> registration = registration(n);
		JsonNode complaint = send("POST", "/api/campaigns/" + campaign + "/complaints", "bench-clerk", registration, 201);
		String id = complaint.get("id").asString();
		String receipt = complaint.get("receiptNumber").asString();
		if (complaint.get("regionCode") == null || complaint.get("regionCode").isNull()) {
			send("POST", "/api/complaints/" + id + "/region", "bench-clerk",
					Map.of("regionCode", "141002", "reason", "按被举报对象所在地确定"), 200);
		}
		clock.done(0);
		send("GET", "/api/complaints/" + id + "/similar?limit=5", "bench-clerk", null, 200);
		clock.done(1);
		send("POST", "/api/complaints/" + id + "/screening", "bench-officer", Map.of("decision", "ACCEPT"), 200);
		clock.done(2);
		String batch = send("POST", "/api/campaigns/" + campaign + "/batches", "bench-officer",
				Map.of("complaintIds", List.of(id)), 201)
			.get("id")
			.asString();
		clock.done(3);
		send("POST", "/api/batches/" + batch + "/transfer", "bench-officer", null, 200);
		clock.done(4);
		String caseId = send("GET", "/api/cases?batchId=" + batch, "bench-handler", null, 200).get(0).get("id").asString();
		clock.done(5);
		send("POST", "/api/cases/" + caseId + "/sign", "bench-handler",
				Map.of("leaderInCharge", "副区长 某某", "leadUnit", "尧都区生态环境分局", "assistingUnits", "屯里镇人民政府"), 200);
		clock.done(6);
		send("POST", "/api/cases/" + caseId + "/reports", "bench-handler", report(), 200);
		clock.done(7);
		send("POST", "/api/cases/" + caseId + "/reviews", "bench-officer", Map.of("decision", "ACCEPT", "checks",
				Map.of("problemNotFoundOut", false, "rectificationNotDone", false, "responsibilityNotPursued", false,
						"complainantNotSatisfied", false)),
				200);
		clock.done(8);
		JsonNode found = send("GET", "/api/complaints?receiptNumber=" + receipt, "bench-clerk", null, 200);
		if (found.get("content") == null || found.get("content").size() != 1) {
			throw new IllegalStateException("search by " + receipt + " found " + found);
		}
		clock.done(9);
	}

	/** A visit to the office 1–20 days ago; a fifth are about a site an earlier visitor named. */
	static Map<String, Object> registration(long n) {
		long siteNumber = (Math.floorMod(Vocabulary.mix(n), 5) == 0) ? n - 1 - Math.floorMod(n, 50) : n;
		Vocabulary.Site site = Vocabulary.Site.of(1_000_000_007L + siteNumber);
		LocalDate day = LocalDate.now(ZoneOffset.ofHours(8)).minusDays(1 + Math.floorMod(n, 20));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("receivedAt", day + "T10:15:00+08:00");
		body.put("channel", "VISIT");
		body.put("reportedObject", Map.of("name", site.objectName(), "address", site.address()));
		body.put("location", site.location());
		body.put("description", Vocabulary.description(site, n));
		body.put("problemTypes", List.of(site.problemType()));
		body.put("subType", Vocabulary.subType(site, n));
		body.put("wishes", Vocabulary.pick(Vocabulary.WISHES, n >>> 2));
		Map<String, Object> complainant = new LinkedHashMap<>();
		complainant.put("name", "群众" + (char) ('甲' + Math.floorMod(n, 10)));
		complainant.put("phone", String.format("139%08d", Math.floorMod(n, 100_000_000L)));
		complainant.put("anonymous", false);
		body.put("complainant", complainant);
		return body;
	}

	static Map<String, Object> report() {
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("findings", List.of(Map.of("allegation", "夜间偷排", "verdict", "TRUE"),
				Map.of("allegation", "持续两个月", "verdict", "FALSE")));
		report.put("verdict", "PARTLY_TRUE");
		report.put("investigation", "经现场核查，该单位治污设施未正常运行，群众反映的问题部分属实。");
		report.put("targetOutcome", "达标排放");
		report.put("actions", "责令停产整改，立案处罚。");
		report.put("counts", Map.of("orderedToRectify", 1, "penalisedUnits", 1, "finesYuan", 50000));
		report.put("closure", "CLOSED");
		return report;
	}

	private JsonNode send(String method, String path, String user, Object body, int expected) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + DataLoader.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json");
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		HttpResponse<String> response = this.http.send(request.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != expected) {
			throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + " "
					+ response.body().substring(0, Math.min(400, response.body().length())));
		}
		return this.json.readTree(response.body());
	}

	/** Waits until the event listeners have handled every event the lifecycles published. */
	@Override
	public void drain() throws Exception {
		try (Connection c = DriverManager.getConnection(this.jdbcUrl, "postgres", "");
				Statement s = c.createStatement()) {
			long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
			while (System.nanoTime() < deadline) {
				try (ResultSet rs = s.executeQuery("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")) {
					rs.next();
					if (this.unfinishedBefore < 0) {
						this.unfinishedBefore = rs.getLong(1);
					}
					if (rs.getLong(1) <= this.unfinishedBefore) {
						return;
					}
				}
				Thread.sleep(100);
			}
		}
	}

}
