package org.ducha.stats;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Jurisdiction;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.accounts.Role;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.casework.ActionCounts;
import org.ducha.casework.BatchTransfers;
import org.ducha.casework.BatchView;
import org.ducha.casework.CaseFilter;
import org.ducha.casework.CaseHandling;
import org.ducha.casework.CaseQueries;
import org.ducha.casework.CaseView;
import org.ducha.casework.Closure;
import org.ducha.casework.FourChecks;
import org.ducha.casework.HandlingReport;
import org.ducha.casework.ReviewDecision;
import org.ducha.casework.Verdict;
import org.ducha.followup.FollowUpDesk;
import org.ducha.followup.FollowUpMethod;
import org.ducha.followup.FollowUpStatus;
import org.ducha.followup.Satisfaction;
import org.ducha.intake.Channel;
import org.ducha.intake.ComplainantDetails;
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ProblemType;
import org.ducha.intake.ScreeningDecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pre-aggregated read model ({@code stats_daily} and its batch and type tables) stays
 * equal to a recomputation from the per-complaint rows while cases go through their
 * lifecycle, figures going up and down; and two transactions adding to the same aggregate
 * row lose nothing.
 */
@IntegrationTest
class StatsDailyTests {

	static final CurrentOfficer TEAM = new CurrentOfficer(Fixtures.OFFICER, Fixtures.OFFICER, Set.of(Role.TEAM_OFFICER),
			Jurisdiction.everywhere());

	static final CurrentOfficer HANDLER = new CurrentOfficer(Fixtures.HANDLER, Fixtures.HANDLER,
			Set.of(Role.LOCAL_HANDLER), Jurisdiction.everywhere());

	static final CurrentOfficer FOLLOWUP = new CurrentOfficer(Fixtures.FOLLOWUP, Fixtures.FOLLOWUP,
			Set.of(Role.FOLLOWUP_OFFICER), Jurisdiction.everywhere());

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	BatchTransfers transfers;

	@Autowired
	CaseHandling handling;

	@Autowired
	CaseQueries cases;

	@Autowired
	FollowUpDesk followUps;

	@Autowired
	Bulletins bulletins;

	@Autowired
	Charts charts;

	@Autowired
	StatsDaily daily;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void equalsTheRecomputationThroughTheLifecycleOfCases() {
		Fixtures.ensureAccounts(this.accounts);
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		LocalDate first = campaign.period().start();
		UUID rerouted = register(campaign, first, Channel.PHONE, "141021", List.of(ProblemType.AIR, ProblemType.WATER));
		UUID returned = register(campaign, first, Channel.LETTER, "141002", List.of(ProblemType.AIR));
		UUID reopened = register(campaign, first.plusDays(1), Channel.PHONE, "141002", List.of(ProblemType.NOISE));
		UUID handedOver = register(campaign, first.plusDays(2), Channel.VISIT, "141024", List.of(ProblemType.SOIL));
		register(campaign, first.plusDays(2), Channel.PHONE, "141021", List.of(ProblemType.AIR));
		assertAggregateIsRecomputation(campaign);
		assertThat(countyCount(campaign, "141021")).isEqualTo(2);

		// 改派 before transfer: the complaint and its two problem types move from 141021 to
		// 141081
		this.intake.assignRegion(rerouted, "141081", "地址在侯马市", TEAM);
		this.intake.screen(rerouted, ScreeningDecision.ACCEPT, null, null, TEAM);
		this.intake.screen(returned, ScreeningDecision.ACCEPT, null, null, TEAM);
		this.intake.screen(reopened, ScreeningDecision.ACCEPT, null, null, TEAM);
		this.intake.screen(handedOver, ScreeningDecision.HAND_OVER, "不属于受理范围", "某区人民政府", TEAM);
		assertAggregateIsRecomputation(campaign);
		assertThat(countyCount(campaign, "141021")).isEqualTo(1);
		assertThat(countyCount(campaign, "141081")).isEqualTo(1);
		assertThat(typeCount(campaign, "141081", "WATER")).isEqualTo(1);

		BatchView batch = this.transfers.compose(campaign.id(), List.of(rerouted, returned, reopened), Set.of(),
				Set.of(), Fixtures.OFFICER);
		this.transfers.transfer(batch.id(), Fixtures.OFFICER);
		List<CaseView> files = this.cases.search(new CaseFilter(campaign.id(), null, null, null, null),
				Jurisdiction.everywhere());
		assertThat(files).hasSize(3);
		UUID returnedCase = caseOf(files, returned);
		UUID reopenedCase = caseOf(files, reopened);
		for (CaseView file : files) {
			this.handling.sign(file.id(), null, null, null, HANDLER);
		}
		assertAggregateIsRecomputation(campaign);
		assertThat(this.bulletins.of(campaign.id(), null, null, null, Locale.CHINA).batches()).isEqualTo(1);

		// a report returned for rework, then accepted with other measures
		this.handling.submitReport(returnedCase, report(Closure.CLOSED, 5), HANDLER);
		this.handling.review(returnedCase, ReviewDecision.RETURN, "核查不细", FourChecks.CLEAR, TEAM);
		this.handling.submitReport(returnedCase, report(Closure.PARTLY_CLOSED, 2), HANDLER);
		this.handling.review(returnedCase, ReviewDecision.ACCEPT, null, FourChecks.CLEAR, TEAM);
		// concluded closed, then the complainant is dissatisfied: the case is reopened
		this.handling.submitReport(reopenedCase, report(Closure.CLOSED, 1), HANDLER);
		this.handling.review(reopenedCase, ReviewDecision.ACCEPT, null, FourChecks.CLEAR, TEAM);
		assertAggregateIsRecomputation(campaign);
		Bulletin concluded = this.bulletins.of(campaign.id(), null, null, null, Locale.CHINA);
		assertThat(concluded.closed()).isEqualTo(1);
		assertThat(concluded.partlyClosed()).isEqualTo(1);
		assertThat(concluded.orderedToRectify()).isEqualTo(3);

		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.followUps.ofCase(reopenedCase)
				.stream()
				.anyMatch((call) -> call.status() == FollowUpStatus.PENDING));
		this.followUps.record(reopenedCase, FollowUpMethod.PHONE, Satisfaction.DISSATISFIED, "问题仍未解决", FOLLOWUP);
		assertAggregateIsRecomputation(campaign);
		Bulletin reopenedBulletin = this.bulletins.of(campaign.id(), null, null, null, Locale.CHINA);
		assertThat(reopenedBulletin.closed()).isZero();
		assertThat(reopenedBulletin.partlyClosed()).isEqualTo(1);
		assertThat(reopenedBulletin.satisfaction().get("DISSATISFIED")).isEqualTo(1);

		// the rebuild gives the same aggregate and the same figures
		List<Object> eventFed = figures(campaign);
		this.jdbc.sql("UPDATE stats_daily SET received = received + 7 WHERE campaign_id = ?")
			.param(campaign.id())
			.update();
		this.transactions.executeWithoutResult((status) -> this.daily.refill(campaign.id()));
		assertThat(this.daily.lines(campaign.id(), false)).isEqualTo(this.daily.lines(campaign.id(), true));
		assertThat(figures(campaign)).isEqualTo(eventFed);
	}

	@Test
	void transactionsAddingToTheSameRowLoseNothing() throws Exception {
		UUID campaignId = UUID.randomUUID();
		StatsDaily.Key key = new StatsDaily.Key(campaignId, LocalDate.of(2016, 11, 23), "141002", "PHONE");
		long[] one = new long[StatsDaily.COUNTERS.size()];
		one[0] = 1;
		one[StatsDaily.COUNTERS.indexOf("fines_yuan")] = 100;
		int threads = 8;
		int each = 25;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				done.add(pool.submit(() -> {
					for (int i = 0; i < each; i++) {
						this.transactions.executeWithoutResult((status) -> this.daily.apply(null,
								new StatsDaily.Snapshot(key, 3, one, new StatsDaily.Lazy<>(() -> List.of("AIR"))),
								true));
					}
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		long expected = (long) threads * each;
		assertThat(this.jdbc.sql("SELECT received, fines_yuan FROM stats_daily WHERE campaign_id = ?")
			.param(campaignId)
			.query((rs, i) -> List.of(rs.getLong(1), rs.getLong(2)))
			.single()).containsExactly(expected, expected * 100);
		assertThat(this.jdbc.sql("SELECT complaints FROM stats_daily_batch WHERE campaign_id = ?")
			.param(campaignId)
			.query(Long.class)
			.single()).isEqualTo(expected);
		assertThat(this.jdbc.sql("SELECT complaints FROM stats_daily_type WHERE campaign_id = ?")
			.param(campaignId)
			.query(Long.class)
			.single()).isEqualTo(expected);
		for (String table : List.of("stats_daily", "stats_daily_batch", "stats_daily_type")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE campaign_id = ?").param(campaignId).update();
		}
	}

	/**
	 * Waits for the campaign's events to be processed, then compares the stored aggregate
	 * with the one recomputed from {@code stats_complaint}.
	 */
	private void assertAggregateIsRecomputation(CampaignDetails campaign) {
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> this.jdbc
				.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?")
				.param("%" + campaign.id() + "%")
				.query(Integer.class)
				.single() == 0);
		List<String> stored = this.daily.lines(campaign.id(), false);
		assertThat(stored).isNotEmpty();
		assertThat(stored).isEqualTo(this.daily.lines(campaign.id(), true));
	}

	private List<Object> figures(CampaignDetails campaign) {
		List<Object> all = new ArrayList<>();
		all.add(this.bulletins.of(campaign.id(), null, null, null, Locale.CHINA));
		all.add(this.bulletins.of(campaign.id(), campaign.period().start().plusDays(1), null, "141002", Locale.CHINA));
		for (String chart : List.of("daily", "counties", "types", "funnel", "rates", "closure", "satisfaction")) {
			all.add(this.charts.chart(chart, new ChartQuery(campaign.id(), null, null, null)));
		}
		return all;
	}

	private long countyCount(CampaignDetails campaign, String county) {
		Charts.ChartData counties = this.charts.chart("counties", new ChartQuery(campaign.id(), null, null, null));
		int at = counties.categories().indexOf(county);
		return (at < 0) ? 0 : counties.series().get("count").get(at);
	}

	private long typeCount(CampaignDetails campaign, String county, String type) {
		Charts.ChartData types = this.charts.chart("types", new ChartQuery(campaign.id(), null, null, county));
		int at = types.categories().indexOf(type);
		return (at < 0) ? 0 : types.series().get("count").get(at);
	}

	private static UUID caseOf(List<CaseView> files, UUID complaintId) {
		return files.stream().filter((file) -> file.complaintId().equals(complaintId)).findFirst().orElseThrow().id();
	}

	private UUID register(CampaignDetails campaign, LocalDate day, Channel channel, String region,
			List<ProblemType> types) {
		return this.intake
			.register(campaign.id(),
					new ComplaintRegistration(OffsetDateTime.parse(day + "T10:00:00+08:00"), channel, null, null, null,
							null, "砖厂烟尘很大，晚上也在生产（" + UUID.randomUUID() + "）。", types, null, null, null, region,
							new ComplainantDetails("王统计", "13300000071", null, false, true)),
					Fixtures.CLERK, null)
			.complaint()
			.id();
	}

	private static HandlingReport report(Closure closure, int ordered) {
		return new HandlingReport(List.of(), Verdict.TRUE, "经核查属实。", null, "已处理。",
				new ActionCounts(ordered, 1, 10_000L, 0, 0, 0, 1, 0, 0), null, closure,
				(closure == Closure.PARTLY_CLOSED) ? LocalDate.now(java.time.Clock.systemUTC()).plusMonths(2) : null);
	}

}
