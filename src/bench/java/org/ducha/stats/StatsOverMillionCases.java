package org.ducha.stats;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.ducha.DuchaApplication;
import org.ducha.accountability.AccountabilityDraft;
import org.ducha.accountability.AccountabilityForm;
import org.ducha.accountability.AccountabilityRegister;
import org.ducha.accountability.TargetType;
import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Jurisdiction;
import org.ducha.accounts.Role;
import org.ducha.campaigns.CampaignDraft;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.rectification.PlanDraft;
import org.ducha.rectification.RectificationPlanning;
import org.ducha.rectification.TaskDraft;
import org.ducha.rectification.TaskKind;
import org.ducha.similarity.Sites;

/**
 * The bulletin and every dashboard chart over a campaign of 1,000,000 complaints on
 * PostgreSQL, timed through the application's own beans (the real queries).
 * <p>
 * Run against a scratch database the application migrates on start:
 *
 * <pre>
 * createdb -h 127.0.0.1 -U postgres ducha_dash_bench
 * ./mvnw -Pbench -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
 * DUCHA_DB_URL=jdbc:postgresql://127.0.0.1:5432/ducha_dash_bench DUCHA_ADMIN_PASSWORD=bench-password-1 \
 *   DUCHA_CONTACT_KEY=$(openssl rand -base64 32) \
 *   java -cp target/test-classes:target/classes:$(cat target/bench.cp) org.ducha.stats.StatsOverMillionCases
 * </pre>
 *
 * The first run generates the data with {@code INSERT … SELECT … FROM generate_series}
 * (the read model rows, then the aggregate from them as the rebuild does, repeat sites,
 * accountability records and rectification tasks);
 * later runs reuse it. Prints the median and 95th percentile of 10 timed calls after 2
 * warm-up calls ({@code -Dmeasured=}, {@code -DwarmUp=}), for the whole stay and for a period and county.
 */
public final class StatsOverMillionCases {

	static final int COMPLAINTS = Integer.getInteger("complaints", 1_000_000);

	static final int WARM_UP = Integer.getInteger("warmUp", 2);

	static final int MEASURED = Integer.getInteger("measured", 10);

	static final String TEAM = "百万件基准督察组";

	static final List<String> COUNTIES = List.of("141002", "141021", "141022", "141023", "141024", "141025", "141026",
			"141027", "141028", "141029", "141030", "141031", "141032", "141033", "141034", "141081", "141082");

	private StatsOverMillionCases() {
	}

	public static void main(String[] args) throws Exception {
		SpringApplication application = new SpringApplication(DuchaApplication.class);
		application.setAdditionalProfiles("postgres");
		application.setDefaultProperties(Map.of("spring.main.banner-mode", "off", "logging.level.root", "WARN", "server.port", "0"));
		try (ConfigurableApplicationContext context = application.run(args)) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			UUID campaign = jdbc.sql("SELECT id FROM campaign WHERE team_name = ?")
				.param(TEAM)
				.query(UUID.class)
				.optional()
				.orElseGet(() -> generate(context, jdbc));
			System.out.printf("campaign %s: %,d read-model rows, %,d in all campaigns%n", campaign,
					count(jdbc, "SELECT COUNT(*) FROM stats_complaint WHERE campaign_id = ?", campaign),
					count(jdbc, "SELECT COUNT(*) FROM stats_complaint", null));
			jdbc.sql("ANALYZE").update();
			Bulletins bulletins = context.getBean(Bulletins.class);
			Charts charts = context.getBean(Charts.class);
			LocalDate from = LocalDate.of(2016, 11, 26);
			LocalDate to = LocalDate.of(2016, 12, 3);
			List<String> lines = new ArrayList<>();
			lines.add(time("bulletin", "whole stay",
					() -> bulletins.of(campaign, null, null, null, Locale.CHINA)));
			lines.add(time("bulletin", "period + county",
					() -> bulletins.of(campaign, from, to, "141021", Locale.CHINA)));
			for (String name : charts.names()) {
				lines.add(time(name, "whole stay", () -> charts.chart(name, new ChartQuery(campaign, null, null, null))));
				lines.add(time(name, "period + county",
						() -> charts.chart(name, new ChartQuery(campaign, from, to, "141021"))));
			}
			String load = Files.readString(Path.of("/proc/loadavg")).strip();
			System.out.println("| query | filter | median (ms) | p95 (ms) |");
			System.out.println("|---|---|---|---|");
			lines.forEach(System.out::println);
			System.out.printf("load average before/after: %s / %s; %d processors; JVM %s%n", LOAD_BEFORE, load,
					Runtime.getRuntime().availableProcessors(), ManagementFactory.getRuntimeMXBean().getVmVersion());
		}
	}

	static final String LOAD_BEFORE = loadAverage();

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (java.io.IOException ex) {
			return "?";
		}
	}

	private static String time(String query, String filter, Supplier<Object> call) {
		for (int i = 0; i < WARM_UP; i++) {
			call.get();
		}
		long[] nanos = new long[MEASURED];
		for (int i = 0; i < nanos.length; i++) {
			long start = System.nanoTime();
			call.get();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		return String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f |", query, filter, nanos[nanos.length / 2] / 1e6,
				nanos[(int) Math.ceil(nanos.length * 0.95) - 1] / 1e6);
	}

	private static long count(JdbcClient jdbc, String sql, UUID campaign) {
		var statement = jdbc.sql(sql);
		return ((campaign != null) ? statement.param(campaign) : statement).query(Long.class).single();
	}

	private static UUID generate(ConfigurableApplicationContext context, JdbcClient jdbc) {
		long start = System.nanoTime();
		UUID campaign = context.getBean(CampaignRegistry.class)
			.open(new CampaignDraft(TEAM, "141000", "临汾市", LocalDate.of(2016, 11, 23), LocalDate.of(2016, 12, 23),
					"0357-2069124", "山西省临汾市12369信箱", "8:00-20:00", null, "9", "BM", 7), "bench")
			.id();
		UUID other = context.getBean(CampaignRegistry.class)
			.open(new CampaignDraft(TEAM + "（另一轮）", "141000", "临汾市", LocalDate.of(2017, 11, 23),
					LocalDate.of(2017, 12, 23), "0357-2069124", "山西省临汾市12369信箱", "8:00-20:00", null, "9", "BN", 7),
					"bench")
			.id();
		String counties = "ARRAY['" + String.join("','", COUNTIES) + "']";
		for (Object[] round : new Object[][] { { campaign, COMPLAINTS, "2016-11-23" },
				{ other, COMPLAINTS / 5, "2017-11-23" } }) {
			jdbc.sql("INSERT INTO stats_complaint (complaint_id, campaign_id, channel, received_day, region_code, "
					+ "accepted, handed_over, transferred, key_case, case_id, batch_number, closure, verdict, "
					+ "ordered_to_rectify, penalised_units, fines_yuan, criminal_cases, administrative_detentions, "
					+ "criminal_detentions, summoned_persons, accountable_persons, referrals, signed_on_time, "
					+ "reported_on_time, returns, satisfaction) "
					+ "SELECT gen_random_uuid(), ?, (ARRAY['PHONE','LETTER','VISIT','ONLINE','HOTLINE_12345'])[1 + i % 5], "
					+ "CAST(? AS DATE) + (i % 31), (" + counties + ")[1 + (i * 7) % 17], i % 10 <> 0, i % 10 = 0, "
					+ "i % 10 > 1, CASE WHEN i % 10 > 1 THEN i % 50 = 0 END, CASE WHEN i % 10 > 1 THEN gen_random_uuid() END, "
					+ "CASE WHEN i % 10 > 1 THEN 1 + (i % 31) END, "
					+ "CASE WHEN i % 10 > 1 THEN (ARRAY['CLOSED','CLOSED','PARTLY_CLOSED',NULL])[1 + i % 4] END, "
					+ "CASE WHEN i % 10 > 1 AND i % 4 <> 3 THEN (ARRAY['TRUE','MOSTLY_TRUE','PARTLY_TRUE','FALSE'])[1 + (i / 4) % 4] END, "
					+ "CASE WHEN i % 10 > 1 AND i % 4 <> 3 THEN i % 3 END, CASE WHEN i % 10 > 1 AND i % 4 <> 3 THEN i % 2 END, "
					+ "CASE WHEN i % 10 > 1 AND i % 4 <> 3 THEN (i % 5) * 10000 END, CASE WHEN i % 10 > 1 THEN 0 END, "
					+ "CASE WHEN i % 10 > 1 THEN 0 END, CASE WHEN i % 10 > 1 THEN 0 END, "
					+ "CASE WHEN i % 10 > 1 AND i % 4 <> 3 THEN i % 3 END, CASE WHEN i % 10 > 1 AND i % 4 <> 3 THEN i % 2 END, "
					+ "CASE WHEN i % 10 > 1 THEN 0 END, CASE WHEN i % 10 > 1 THEN i % 9 <> 0 END, "
					+ "CASE WHEN i % 10 > 1 AND i % 4 <> 3 THEN i % 7 <> 0 END, CASE WHEN i % 10 > 1 THEN i % 11 / 10 END, "
					+ "CASE WHEN i % 10 > 1 AND i % 4 <> 3 AND i % 3 = 0 THEN (ARRAY['SATISFIED','BASICALLY_SATISFIED','DISSATISFIED'])[1 + (i / 3) % 3] END "
					+ "FROM generate_series(1, ?) AS i")
				.params(round[0], LocalDate.parse((String) round[2]), round[1])
				.update();
		}
		jdbc.sql("INSERT INTO stats_complaint_type (complaint_id, campaign_id, problem_type) "
				+ "SELECT complaint_id, campaign_id, (ARRAY['AIR','WATER','SOIL','NOISE','SOLID_WASTE','ECOLOGY','OTHER'])"
				+ "[1 + abs(hashtext(complaint_id::text)) % 7] FROM stats_complaint")
			.update();
		jdbc.sql("INSERT INTO stats_complaint_type (complaint_id, campaign_id, problem_type) "
				+ "SELECT complaint_id, campaign_id, 'AIR' FROM stats_complaint WHERE abs(hashtext(complaint_id::text)) % 5 = 1 "
				+ "ON CONFLICT DO NOTHING")
			.update();
		// the pre-aggregated read model, as the rebuild fills it from stats_complaint
		long aggregating = System.nanoTime();
		StatsDaily daily = context.getBean(StatsDaily.class);
		daily.refill(campaign);
		daily.refill(other);
		System.out.printf("aggregate filled in %.1f s: %,d daily rows, %,d batch rows, %,d type rows%n",
				(System.nanoTime() - aggregating) / 1e9,
				count(jdbc, "SELECT COUNT(*) FROM stats_daily WHERE campaign_id = ?", campaign),
				count(jdbc, "SELECT COUNT(*) FROM stats_daily_batch WHERE campaign_id = ?", campaign),
				count(jdbc, "SELECT COUNT(*) FROM stats_daily_type WHERE campaign_id = ?", campaign));
		// repeat sites: 60,000 sites, a third of the complaints placed, a few hundred hot spots
		jdbc.sql("INSERT INTO repeat_site (id, site_key, name, region_code, complaint_count, flagged_at) "
				+ "SELECT gen_random_uuid(), 'bench|' || s, '基准点位' || s || '号砖厂', (" + counties
				+ ")[1 + s % 17], 0, NULL FROM generate_series(1, 60000) AS s")
			.update();
		jdbc.sql("INSERT INTO repeat_site_complaint (complaint_id, site_id, campaign_id, receipt_number, received_at, "
				+ "received_day, status, problem_types) SELECT c.complaint_id, s.id, c.campaign_id, 'B' || c.rn, "
				+ "CAST(c.received_day AS TIMESTAMP) + INTERVAL '10 hours' - INTERVAL '8 hours', c.received_day, "
				+ "'ACCEPTED', 'AIR' FROM "
				+ "(SELECT complaint_id, campaign_id, received_day, row_number() OVER () AS rn FROM stats_complaint) c "
				+ "JOIN repeat_site s ON s.site_key = 'bench|' || (1 + (c.rn * c.rn) % 60000) WHERE c.rn % 3 = 0")
			.update();
		jdbc.sql("UPDATE repeat_site s SET complaint_count = m.n, first_at = m.f, last_at = m.l, "
				+ "flagged_at = CASE WHEN m.n >= 3 THEN m.l END FROM (SELECT site_id, COUNT(*) AS n, MIN(received_at) AS f, "
				+ "MAX(received_at) AS l FROM repeat_site_complaint GROUP BY site_id) m WHERE m.site_id = s.id")
			.update();
		long counting = System.nanoTime();
		context.getBean(Sites.class).refillCounts();
		System.out.printf("site counts filled in %.1f s: %,d per campaign, %,d per day (measured campaign)%n",
				(System.nanoTime() - counting) / 1e9,
				count(jdbc, "SELECT COUNT(*) FROM repeat_site_campaign WHERE campaign_id = ?", campaign),
				count(jdbc, "SELECT COUNT(*) FROM repeat_site_day WHERE campaign_id = ?", campaign));
		// accountability: 2,000 records linked to cases
		AccountabilityRegister register = context.getBean(AccountabilityRegister.class);
		List<UUID> cases = jdbc
			.sql("SELECT case_id FROM stats_complaint WHERE campaign_id = ? AND case_id IS NOT NULL LIMIT 2000")
			.param(campaign)
			.query(UUID.class)
			.list();
		for (int i = 0; i < cases.size(); i++) {
			register.record(new AccountabilityDraft(campaign, (i % 3 == 0) ? TargetType.UNIT : TargetType.PERSON,
					"某单位" + i, null, null, AccountabilityForm.values()[i % AccountabilityForm.values().length],
					"整改不力", List.of(cases.get(i)), LocalDate.of(2016, 11, 24).plusDays(i % 28), "督察组", null, null,
					null), "bench");
		}
		// rectification: one plan of 300 tasks
		RectificationPlanning planning = context.getBean(RectificationPlanning.class);
		CurrentOfficer leader = new CurrentOfficer("bench", "bench", Set.of(Role.TEAM_LEADER),
				Jurisdiction.everywhere());
		LocalDate today = LocalDate.now();
		UUID plan = planning.createPlan(new PlanDraft(campaign, "基准整改方案", today.minusDays(40), null), leader).id();
		for (int i = 0; i < 300; i++) {
			planning.addTask(plan, new TaskDraft(null, "基准问题" + i, "整改到位", "逐项整改", "单位" + (i % 25), null, "领导" + (i % 10),
					"责任人", COUNTIES.get(i % COUNTIES.size()), TaskKind.BY_DEADLINE, today.minusDays(30 + i % 30),
					today.plusDays(i % 3 == 0 ? -2 : 60), null, List.of()), leader);
		}
		System.out.printf("generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
		return campaign;
	}

}
