import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Crash-safety driver for Ducha's intake (docs/reliability.md). Starts the server, drives
 * the clerk registration API at a fixed rate with an Idempotency-Key per complaint, kills
 * the server with SIGKILL at random moments and restarts it, retries every unacknowledged
 * request with the same key and body, and finally checks in the database that every
 * acknowledged receipt number exists exactly once and nothing was registered twice, and
 * through the API that the audit chain verifies.
 *
 * Run by tools/reliability/crash-loop (which prepares the database and the class path):
 * java -cp h2.jar:postgresql.jar tools/reliability/CrashLoop.java with -D options:
 * rel.jar, rel.workdir, rel.port, rel.profiles, rel.jdbc, rel.kills, rel.rate, rel.seed,
 * rel.upMinMillis, rel.upSpreadMillis, rel.maxKillMinutes (60: no kill after that), rel.java,
 * rel.jvmOptions, rel.drainSeconds (600: retrying after the last kill at most this long).
 */
public class CrashLoop {

	static final String CLERK = "clerk";

	static final String LEADER = "leader";

	static final String PASSWORD = "ducha-demo-2016";

	static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

	static final Pattern RECEIPT = Pattern.compile("\"receiptNumber\"\\s*:\\s*\"([^\"]+)\"");

	record Request(String key, String body) {
	}

	record Ack(String id, String receipt) {
	}

	final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();

	final String jar = System.getProperty("rel.jar");

	final File workdir = new File(System.getProperty("rel.workdir"));

	final int port = Integer.getInteger("rel.port", 18080);

	final String profiles = System.getProperty("rel.profiles", "demo");

	final String jdbc = System.getProperty("rel.jdbc");

	final int kills = Integer.getInteger("rel.kills", 20);

	final int rate = Integer.getInteger("rel.rate", 100);

	/** Up time before a kill: at least this, plus a random part (ms). */
	final int upMin = Integer.getInteger("rel.upMinMillis", 5000);

	final int upSpread = Integer.getInteger("rel.upSpreadMillis", 15000);

	/**
	 * No new complaint while this many wait for an answer or a retry: the driver offers
	 * the rate, but does not pile up more than the server can take.
	 */
	final int maxBacklog = Integer.getInteger("rel.maxBacklog", Math.max(64, 2 * this.rate));

	final String javaBin = System.getProperty("rel.java", "java");

	final String jvmOptions = System.getProperty("rel.jvmOptions", "");

	final Random random = new Random(Long.getLong("rel.seed", System.nanoTime()));

	final String base = "http://127.0.0.1:" + this.port;

	final Map<String, Ack> acknowledged = new ConcurrentHashMap<>();

	final Map<String, String> rejected = new ConcurrentHashMap<>();

	final ConcurrentLinkedQueue<Request> pending = new ConcurrentLinkedQueue<>();

	final AtomicLong created = new AtomicLong();

	final AtomicLong sent = new AtomicLong();

	final AtomicLong retried = new AtomicLong();

	final AtomicLong replayed = new AtomicLong();

	final AtomicLong conflictingAcks = new AtomicLong();

	/** Generator ticks without a new complaint because the backlog was full. */
	final AtomicLong skipped = new AtomicLong();

	/** 201 answers, replays included. */
	final AtomicLong acks = new AtomicLong();

	/** From the server answering its health check to its first acknowledged registration. */
	final List<Long> firstAckMillis = new ArrayList<>();

	final AtomicInteger inFlight = new AtomicInteger();

	final Semaphore window = new Semaphore(32);

	final List<Long> restartMillis = new ArrayList<>();

	/** Registrations acknowledged (201, replays included) per second since the epoch. */
	final Map<Long, AtomicInteger> acksPerSecond = new ConcurrentHashMap<>();

	/** Load average (1 min) read at the start, at every kill and at the end. */
	final List<String> loads = new ArrayList<>();

	volatile boolean up;

	long upSince;

	long upMillis;

	long killPhaseMillis;

	Process server;

	String campaignId;

	public static void main(String[] args) throws Exception {
		CrashLoop loop = new CrashLoop();
		try {
			System.exit(loop.run());
		}
		finally {
			if (loop.server != null && loop.server.isAlive()) {
				loop.server.destroyForcibly();
			}
		}
	}

	int run() throws Exception {
		long began = System.nanoTime();
		log("starting the server (" + this.profiles + ") on port " + this.port);
		long first = start();
		log("first start: " + first + " ms");
		this.campaignId = openCampaign();
		log("campaign " + this.campaignId);
		ScheduledExecutorService generator = Executors.newSingleThreadScheduledExecutor();
		generator.scheduleAtFixedRate(this::newRequest, 0, 1_000_000 / this.rate, TimeUnit.MICROSECONDS);
		Thread retrier = Thread.ofPlatform().daemon().start(this::retryLoop);
		long killPhaseBegan = System.currentTimeMillis();
		this.loads.add(load());
		long stopKillingAt = System.currentTimeMillis() + Long.getLong("rel.maxKillMinutes", 60) * 60_000;
		for (int kill = 1; kill <= this.kills; kill++) {
			if (System.currentTimeMillis() > stopKillingAt) {
				log("time bound rel.maxKillMinutes reached after " + (kill - 1) + " kills");
				break;
			}
			awaitFirstAck();
			Thread.sleep(this.upMin + this.random.nextInt(this.upSpread));
			this.up = false;
			this.upMillis += System.currentTimeMillis() - this.upSince;
			this.loads.add(load());
			this.server.destroyForcibly();
			this.server.waitFor();
			long restart = start();
			this.restartMillis.add(restart);
			log(String.format("kill %d/%d (load " + this.loads.get(this.loads.size() - 1) + "): restarted in %d ms; created %d, acknowledged %d, pending %d, in flight %d",
					kill, this.kills, restart, this.created.get(), this.acknowledged.size(), this.pending.size(),
					this.inFlight.get()) + "; not acknowledged so far: " + this.failures);
		}
		Thread.sleep(3000);
		generator.shutdownNow();
		this.killPhaseMillis = System.currentTimeMillis() - killPhaseBegan;
		generator.awaitTermination(5, TimeUnit.SECONDS);
		long drainUntil = System.currentTimeMillis() + Long.getLong("rel.drainSeconds", 600) * 1000;
		while ((!this.pending.isEmpty() || this.inFlight.get() > 0) && System.currentTimeMillis() < drainUntil) {
			Thread.sleep(200);
		}
		retrier.interrupt();
		this.upMillis += System.currentTimeMillis() - this.upSince;
		this.loads.add(load());
		String verification = get("/api/audit/verify", LEADER);
		log("audit verify: " + verification);
		boolean intact = verification.contains("\"intact\":true");
		this.server.destroy();
		this.server.waitFor(60, TimeUnit.SECONDS);
		long runSeconds = Duration.ofNanos(System.nanoTime() - began).toSeconds();
		return check(intact, verification, runSeconds);
	}

	/** One new complaint: a fresh key, a body that stays the same on every retry. */
	void newRequest() {
		if (this.pending.size() + this.inFlight.get() >= this.maxBacklog) {
			this.skipped.incrementAndGet();
			return;
		}
		long n = this.created.incrementAndGet();
		String key = java.util.UUID.randomUUID().toString();
		// at most 5,000 a day received: a day's receipt numbers run to 9999 per channel, and a
		// run at the full rate registers more than that (the campaign opened 60 days ago)
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8))
			.truncatedTo(ChronoUnit.SECONDS)
			.minusDays(Math.min(n / 5000, 59));
		String phone = String.format("139%08d", n % 100_000_000);
		String body = """
				{"receivedAt":"%s","channel":"VISIT","reportedObject":{"name":"崩溃测试化工厂%d号","address":"尧都区工业园"},
				"location":"尧都区工业园%d号","description":"第%d件：化工厂夜间排放刺鼻气体，附近居民无法开窗。",
				"problemTypes":["AIR"],"regionCode":"141002",
				"complainant":{"name":"测试人%d","phone":"%s","anonymous":false}}"""
			.formatted(now, n, n, n, n, phone);
		send(new Request(key, body), false);
	}

	void retryLoop() {
		while (!Thread.currentThread().isInterrupted()) {
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				return;
			}
			if (!this.up) {
				continue;
			}
			// a request taken from the queue counts as in flight until sent (or queued again),
			// so the drain never sees it in neither place; none is taken while the server is down
			while (this.up) {
				this.inFlight.incrementAndGet();
				try {
					Request request = this.pending.poll();
					if (request == null) {
						break;
					}
					send(request, true);
				}
				finally {
					this.inFlight.decrementAndGet();
				}
			}
		}
	}

	void send(Request request, boolean retry) {
		if (!this.up) {
			this.pending.add(request);
			return;
		}
		try {
			this.window.acquire();
		}
		catch (InterruptedException ex) {
			this.pending.add(request);
			Thread.currentThread().interrupt();
			return;
		}
		this.sent.incrementAndGet();
		if (retry) {
			this.retried.incrementAndGet();
		}
		this.inFlight.incrementAndGet();
		HttpRequest post = HttpRequest.newBuilder(URI.create(this.base + "/api/campaigns/" + this.campaignId + "/complaints"))
			.timeout(Duration.ofSeconds(15))
			.header("Authorization", basic(CLERK))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", request.key())
			.POST(HttpRequest.BodyPublishers.ofString(request.body()))
			.build();
		this.http.sendAsync(post, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
			try {
				if (failure == null && response.statusCode() == 201) {
					Ack ack = new Ack(match(ID, response.body()), match(RECEIPT, response.body()));
					Ack earlier = this.acknowledged.putIfAbsent(request.key(), ack);
					this.acks.incrementAndGet();
					this.acksPerSecond.computeIfAbsent(System.currentTimeMillis() / 1000, (k) -> new AtomicInteger())
						.incrementAndGet();
					if (earlier != null && !earlier.equals(ack)) {
						this.conflictingAcks.incrementAndGet();
					}
					if ("true".equals(response.headers().firstValue("Idempotent-Replayed").orElse(""))) {
						this.replayed.incrementAndGet();
					}
				}
				else if (failure == null && response.statusCode() >= 400 && response.statusCode() < 500
						&& response.statusCode() != 409 && response.statusCode() != 429) {
					this.rejected.put(request.key(), response.statusCode() + " " + response.body());
				}
				else {
					// no answer, a server error or a transient conflict: not acknowledged, send again
					String why = (failure != null) ? rootCause(failure).getClass().getSimpleName()
							: String.valueOf(response.statusCode());
					this.failures.computeIfAbsent(why, (k) -> new AtomicLong()).incrementAndGet();
					if (failure == null && this.failures.get(why).get() <= 3) {
						log("not acknowledged: " + why + " " + response.body());
					}
					this.pending.add(request);
				}
			}
			finally {
				this.inFlight.decrementAndGet();
				this.window.release();
			}
		});
	}

	/**
	 * Waits (at most 5 minutes) until the server acknowledges a registration after its
	 * start, so that the up time before the next kill is time spent serving: a cold server
	 * on a loaded machine can take longer than the up time to answer its first request.
	 */
	void awaitFirstAck() throws InterruptedException {
		long before = this.acks.get();
		long t0 = System.currentTimeMillis();
		while (this.acks.get() == before && System.currentTimeMillis() - t0 < 300_000) {
			Thread.sleep(50);
		}
		this.firstAckMillis.add(this.upSince > 0 ? System.currentTimeMillis() - this.upSince : -1);
	}

	/** Starts the server and waits until it answers; returns the time it took. */
	long start() throws Exception {
		long t0 = System.nanoTime();
		List<String> command = new ArrayList<>();
		command.add(this.javaBin);
		for (String option : this.jvmOptions.split(" ")) {
			if (!option.isBlank()) {
				command.add(option);
			}
		}
		command.addAll(List.of("-jar", this.jar, "--server.port=" + this.port,
				"--spring.profiles.active=" + this.profiles, "--ducha.notifications.worker-enabled=false"));
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.workdir)
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(new File(this.workdir, "server.log")));
		this.server = builder.start();
		long deadline = System.currentTimeMillis() + 600_000;
		while (System.currentTimeMillis() < deadline) {
			if (!this.server.isAlive()) {
				throw new IllegalStateException("the server exited with " + this.server.exitValue() + ", see "
						+ new File(this.workdir, "server.log"));
			}
			try {
				HttpResponse<String> health = this.http.send(
						HttpRequest.newBuilder(URI.create(this.base + "/actuator/health"))
							.timeout(Duration.ofSeconds(2))
							.build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("UP")) {
					this.up = true;
					this.upSince = System.currentTimeMillis();
					return Duration.ofNanos(System.nanoTime() - t0).toMillis();
				}
			}
			catch (IOException ex) {
				// not yet listening
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("the server did not start within 600 s");
	}

	String openCampaign() throws Exception {
		LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
		String letters = "" + (char) ('A' + this.random.nextInt(26)) + (char) ('A' + this.random.nextInt(26));
		String body = """
				{"teamName":"可靠性测试督察组","inspectedRegionCode":"140000","inspectedRegionName":"山西省",
				"startDate":"%s","endDate":"%s","hotlinePhone":"0351-1234567","poBox":"太原市A001邮政信箱",
				"hotlineHours":"8:00-20:00","receiptNumberScheme":{"round":"9","unitLetters":"%s"},"reportDueDays":5}"""
			.formatted(today.minusDays(60), today.plusDays(30), letters);
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/api/campaigns"))
			.header("Authorization", basic(LEADER))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException("campaign not opened: " + response.statusCode() + " " + response.body());
		}
		return match(ID, response.body());
	}

	String get(String path, String user) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Authorization", basic(user)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

	/** The checks on the database after the run; prints the figures; 0 when all hold. */
	int check(boolean auditIntact, String verification, long runSeconds) throws Exception {
		long inDatabase;
		long missing = 0;
		long duplicateReceipts;
		long keys;
		long keysWithTwoComplaints;
		long pendingCommitted = 0;
		try (Connection db = DriverManager.getConnection(this.jdbc, System.getProperty("rel.dbUser", "postgres"),
				System.getProperty("rel.dbPassword", ""))) {
			inDatabase = count(db, "SELECT count(*) FROM complaint WHERE campaign_id = CAST(? AS UUID)",
					this.campaignId);
			try (PreparedStatement exactlyOnce = db
				.prepareStatement("SELECT count(*) FROM complaint WHERE receipt_number = ? AND id = CAST(? AS UUID)")) {
				for (Ack ack : this.acknowledged.values()) {
					exactlyOnce.setString(1, ack.receipt());
					exactlyOnce.setString(2, ack.id());
					try (ResultSet rows = exactlyOnce.executeQuery()) {
						rows.next();
						if (rows.getLong(1) != 1) {
							missing++;
							log("acknowledged but not stored exactly once: " + ack);
						}
					}
				}
			}
			duplicateReceipts = count(db,
					"SELECT count(*) FROM (SELECT receipt_number FROM complaint GROUP BY receipt_number "
							+ "HAVING count(*) > 1) d",
					null);
			keys = count(db, "SELECT count(*) FROM idempotency_key WHERE scope = ?", CLERK);
			try (PreparedStatement committed = db
				.prepareStatement("SELECT count(*) FROM idempotency_key WHERE scope = ? AND idem_key = ?")) {
				for (Request open : openRequests()) {
					committed.setString(1, CLERK);
					committed.setString(2, open.key());
					try (ResultSet rows = committed.executeQuery()) {
						rows.next();
						pendingCommitted += rows.getLong(1);
					}
				}
			}
			keysWithTwoComplaints = count(db, "SELECT count(*) FROM (SELECT scope, idem_key FROM idempotency_key "
					+ "GROUP BY scope, idem_key HAVING count(DISTINCT complaint_id) > 1) d", null);
		}
		long stillOpen = openRequests().size();
		long unacknowledgedInDatabase = inDatabase - this.acknowledged.size() - pendingCommitted;
		long lost = this.created.get() - this.acknowledged.size() - this.rejected.size() - stillOpen;
		restartMillis.sort(Long::compare);
		long median = this.restartMillis.isEmpty() ? 0 : this.restartMillis.get(this.restartMillis.size() / 2);
		long max = this.restartMillis.isEmpty() ? 0 : this.restartMillis.get(this.restartMillis.size() - 1);
		System.out.println();
		System.out.println("| figure | value |");
		System.out.println("|---|---|");
		row("run time / kill phase (load, retries) / server up time", runSeconds + " s / "
				+ this.killPhaseMillis / 1000 + " s / " + this.upMillis / 1000 + " s");
		row("offered rate in the kill phase (new complaints/s)",
				String.format("%.1f", this.created.get() * 1000.0 / Math.max(1, this.killPhaseMillis)));
		row("acknowledged per second of server up time", String.format("%.1f", this.acksPerSecond.values()
			.stream()
			.mapToInt(AtomicInteger::get)
			.sum() * 1000.0 / Math.max(1, this.upMillis)));
		row("best 10 s window (acknowledged/s)", String.format("%.1f", bestWindow(10) / 10.0));
		row("load average (1 min) at start, at each kill, at the end", String.join(" ", this.loads));
		row("complaints created by the driver (one key each)", this.created.get());
		row("HTTP requests sent", this.sent.get());
		row("of them retries with the same key", this.retried.get());
		row("answered as replays (Idempotent-Replayed: true)", this.replayed.get());
		row("acknowledged (201) keys", this.acknowledged.size());
		row("generator ticks skipped, backlog full (" + this.maxBacklog + " waiting)", this.skipped.get());
		row("refused (4xx)", this.rejected.size());
		row("SIGKILLs", this.restartMillis.size());
		row("restart time median / max", median + " ms / " + max + " ms");
		List<Long> firstAcks = new ArrayList<>(this.firstAckMillis);
		firstAcks.sort(Long::compare);
		row("first acknowledgement after a (re)start, median / max", firstAcks.isEmpty() ? "-"
				: firstAcks.get(firstAcks.size() / 2) + " ms / " + firstAcks.get(firstAcks.size() - 1) + " ms");
		row("complaints in the database", inDatabase);
		row("idempotency keys in the database", keys);
		row("acknowledged receipt numbers not stored exactly once", missing);
		row("complaints stored with neither an acknowledgement nor an open retry", unacknowledgedInDatabase);
		row("keys answered with two different complaints", this.conflictingAcks.get() + keysWithTwoComplaints);
		row("receipt numbers stored twice", duplicateReceipts);
		row("still unacknowledged when the drain time ended (not lost: retried later they replay or register)",
				stillOpen + " (" + pendingCommitted + " of them committed before a kill)");
		row("requests neither acknowledged nor open (lost)", lost);
		row("attempts not acknowledged, by cause", this.failures);
		row("audit chain", verification);
		this.rejected.values().stream().limit(5).forEach((why) -> log("refused: " + why));
		boolean ok = auditIntact && missing == 0 && unacknowledgedInDatabase == 0 && this.conflictingAcks.get() == 0
				&& keysWithTwoComplaints == 0 && duplicateReceipts == 0 && lost == 0 && this.rejected.isEmpty()
				&& keys == this.acknowledged.size() + pendingCommitted;
		System.out.println(ok ? "\nRESULT: PASS" : "\nRESULT: FAIL");
		return ok ? 0 : 1;
	}

	/** The requests still waiting for a retry, each once, without those acknowledged meanwhile. */
	List<Request> openRequests() {
		Map<String, Request> open = new java.util.LinkedHashMap<>();
		for (Request request : this.pending) {
			if (!this.acknowledged.containsKey(request.key())) {
				open.putIfAbsent(request.key(), request);
			}
		}
		return new ArrayList<>(open.values());
	}

	/** The most acknowledgements in any window of that many seconds. */
	int bestWindow(int seconds) {
		int best = 0;
		for (long start : this.acksPerSecond.keySet()) {
			int sum = 0;
			for (long second = start; second < start + seconds; second++) {
				AtomicInteger count = this.acksPerSecond.get(second);
				sum += (count != null) ? count.get() : 0;
			}
			best = Math.max(best, sum);
		}
		return best;
	}

	static String load() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException ex) {
			return "?";
		}
	}

	static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

	static long count(Connection db, String sql, String parameter) throws Exception {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			if (parameter != null) {
				statement.setString(1, parameter);
			}
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	static void row(String figure, Object value) {
		System.out.println("| " + figure + " | " + value + " |");
	}

	static String match(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("unexpected answer: " + text);
		}
		return matcher.group(1);
	}

	static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	static void log(String line) {
		System.out.println(java.time.LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + line);
	}

}
