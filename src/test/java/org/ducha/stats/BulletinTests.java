package org.ducha.stats;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

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
import org.ducha.casework.CaseStatus;
import org.ducha.casework.CaseView;
import org.ducha.casework.Closure;
import org.ducha.casework.FourChecks;
import org.ducha.casework.HandlingReport;
import org.ducha.casework.ReportView;
import org.ducha.casework.ReviewDecision;
import org.ducha.casework.Verdict;
import org.ducha.intake.Channel;
import org.ducha.intake.ComplaintFilter;
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintQueries;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ComplaintStatus;
import org.ducha.intake.ComplaintSummary;
import org.ducha.intake.ProblemType;
import org.ducha.intake.ScreeningDecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ducha.Fixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bulletin agrees exactly with the case data: a generated campaign's figures are
 * recomputed from the source modules' own answers and compared, for the whole stay, a
 * period and a county.
 */
@IntegrationTest
class BulletinTests {

	static final CurrentOfficer TEAM = new CurrentOfficer(Fixtures.OFFICER, Fixtures.OFFICER, Set.of(Role.TEAM_OFFICER),
			Jurisdiction.everywhere());

	static final CurrentOfficer HANDLER = new CurrentOfficer(Fixtures.HANDLER, Fixtures.HANDLER,
			Set.of(Role.LOCAL_HANDLER), Jurisdiction.everywhere());

	static final List<String> COUNTIES = List.of("141002", "141021", "141024", "141081");

	@Autowired
	MockMvc mvc;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	ComplaintQueries complaints;

	@Autowired
	BatchTransfers transfers;

	@Autowired
	CaseHandling handling;

	@Autowired
	CaseQueries cases;

	@Autowired
	Bulletins bulletins;

	@Autowired
	Charts charts;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void agreesWithTheCaseDataForTheWholeStayAPeriodAndACounty() throws Exception {
		Fixtures.ensureAccounts(this.accounts);
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		Random random = new Random(20161123);
		int registered = generate(campaign, random);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.bulletins.of(campaign.id(), null, null, null, Locale.CHINA).received() == registered);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertMatches(campaign, null, null, null));

		assertMatches(campaign, LocalDate.of(2016, 11, 26), LocalDate.of(2016, 12, 3), null);
		assertMatches(campaign, null, null, "141021");
		this.mvc.perform(get("/api/campaigns/{id}/bulletin", campaign.id()).with(as(Fixtures.LEADER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.received").value(registered))
			.andExpect(jsonPath("$.text")
				.value(org.hamcrest.Matchers.startsWith("截至2016-12-23，累计受理群众信访举报" + registered + "件")));
		this.mvc
			.perform(get("/api/campaigns/{id}/bulletin", campaign.id()).param("regionCode", "14x")
				.with(as(Fixtures.LEADER)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/campaigns/{id}/bulletin", campaign.id()).with(as(Fixtures.HANDLER)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/campaigns/{id}/stats/funnel", campaign.id()).with(as(Fixtures.LEADER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.categories[0]").value("received"))
			.andExpect(jsonPath("$.series.count[0]").value(registered));
		this.mvc.perform(get("/api/campaigns/{id}/stats/types", campaign.id()).with(as(Fixtures.LEADER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.categories[0]").value("AIR"))
			.andExpect(jsonPath("$.series.count[0]").value(registered));
		this.mvc.perform(get("/api/campaigns/{id}/stats/rates", campaign.id()).with(as(Fixtures.LEADER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.series.signOnTime[0]").value(100));
		this.mvc.perform(get("/api/campaigns/{id}/stats/nonsense", campaign.id()).with(as(Fixtures.LEADER)))
			.andExpect(status().isNotFound());
		byte[] xlsx = this.mvc
			.perform(get("/campaigns/{id}/stats/counties.xlsx", campaign.id())
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(this.accounts.loadUserByUsername(Fixtures.LEADER))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("按区县");
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(2);
			List<String> counties = new ArrayList<>();
			workbook.getSheetAt(0).forEach((row) -> counties.add(row.getCell(0).getStringCellValue()));
			assertThat(counties).contains("曲沃县");
		}
	}

	@Test
	void rebuildsTheReadModelFromTheSourceDataToTheSameBulletinAndCharts() throws Exception {
		Fixtures.ensureAccounts(this.accounts);
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		int registered = generate(campaign, new Random(20161124));
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> this.jdbc
				.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?")
				.param("%" + campaign.id() + "%")
				.query(Integer.class)
				.single() == 0);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertMatches(campaign, null, null, null));
		List<Object> eventFed = everything(campaign);

		for (String table : List.of("stats_complaint_type", "stats_complaint", "stats_daily", "stats_daily_batch",
				"stats_daily_type")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE campaign_id = ?").param(campaign.id()).update();
		}
		assertThat(this.bulletins.of(campaign.id(), null, null, null, Locale.CHINA).received()).isZero();
		this.mvc.perform(post("/api/campaigns/{id}/stats/rebuild", campaign.id()).with(as(Fixtures.OFFICER)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/campaigns/{id}/stats/rebuild", campaign.id()).with(as(Fixtures.LEADER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.complaints").value(registered));

		assertThat(everything(campaign)).isEqualTo(eventFed);
		assertMatches(campaign, null, null, null);
	}

	/**
	 * The bulletin (whole stay, a period, a county) and every chart of the read model.
	 */
	private List<Object> everything(CampaignDetails campaign) {
		List<Object> all = new ArrayList<>();
		all.add(this.bulletins.of(campaign.id(), null, null, null, Locale.CHINA));
		all.add(this.bulletins.of(campaign.id(), LocalDate.of(2016, 11, 26), LocalDate.of(2016, 12, 3), null,
				Locale.CHINA));
		all.add(this.bulletins.of(campaign.id(), null, null, "141021", Locale.CHINA));
		for (String chart : List.of("daily", "counties", "types", "funnel", "rates", "closure", "satisfaction")) {
			all.add(this.charts.chart(chart, new ChartQuery(campaign.id(), null, null, null)));
			all.add(this.charts.chart(chart, new ChartQuery(campaign.id(), null, LocalDate.of(2016, 12, 1), "141002")));
		}
		return all;
	}

	private void assertMatches(CampaignDetails campaign, LocalDate from, LocalDate to, String region) {
		List<ComplaintSummary> all = new ArrayList<>();
		int page = 0;
		while (true) {
			var result = this.complaints.search(
					new ComplaintFilter(campaign.id(), null, null, null, from, to, region, null),
					Jurisdiction.everywhere(), page++, 100);
			all.addAll(result.getContent());
			if (!result.hasNext()) {
				break;
			}
		}
		List<CaseView> caseViews = all.stream()
			.map((complaint) -> this.cases.forComplaint(complaint.id()))
			.flatMap(java.util.Optional::stream)
			.toList();
		List<ReportView> accepted = caseViews.stream()
			.filter((caseView) -> caseView.status() == CaseStatus.CONCLUDED)
			.map((caseView) -> caseView.reports().get(caseView.reports().size() - 1))
			.toList();
		Bulletin bulletin = this.bulletins.of(campaign.id(), from, to, region, Locale.CHINA);
		assertThat(bulletin.received()).isEqualTo(all.size());
		assertThat(bulletin.accepted())
			.isEqualTo(all.stream().filter((c) -> c.status() == ComplaintStatus.ACCEPTED).count());
		assertThat(bulletin.transferred()).isEqualTo(caseViews.size());
		assertThat(bulletin.batches()).isEqualTo(caseViews.stream().map(CaseView::batchNumber).distinct().count());
		assertThat(bulletin.closed()).isEqualTo(accepted.stream().filter((r) -> r.closure() == Closure.CLOSED).count());
		assertThat(bulletin.partlyClosed())
			.isEqualTo(accepted.stream().filter((r) -> r.closure() == Closure.PARTLY_CLOSED).count());
		for (Verdict verdict : Verdict.values()) {
			assertThat(bulletin.verified().get(verdict.name()))
				.isEqualTo(accepted.stream().filter((r) -> r.verdict() == verdict).count());
		}
		assertThat(bulletin.orderedToRectify())
			.isEqualTo(accepted.stream().mapToLong((r) -> r.counts().orderedToRectify()).sum());
		assertThat(bulletin.penalisedUnits())
			.isEqualTo(accepted.stream().mapToLong((r) -> r.counts().penalisedUnits()).sum());
		assertThat(bulletin.finesYuan()).isEqualTo(accepted.stream().mapToLong((r) -> r.counts().finesYuan()).sum());
		assertThat(bulletin.summonedPersons())
			.isEqualTo(accepted.stream().mapToLong((r) -> r.counts().summonedPersons()).sum());
		assertThat(bulletin.accountablePersons())
			.isEqualTo(accepted.stream().mapToLong((r) -> r.counts().accountablePersons()).sum());
	}

	private int generate(CampaignDetails campaign, Random random) {
		List<UUID> acceptedIds = new ArrayList<>();
		int registered = 30;
		for (int i = 0; i < registered; i++) {
			LocalDate day = campaign.period().start().plusDays(random.nextInt(20));
			Channel channel = random.nextBoolean() ? Channel.PHONE : Channel.LETTER;
			String region = COUNTIES.get(random.nextInt(COUNTIES.size()));
			UUID id = this.intake
				.register(campaign.id(),
						new ComplaintRegistration(OffsetDateTime.parse(day + "T10:00:00+08:00"), channel, null, null,
								null, null, "工厂排放废气，周边居民反映强烈（" + i + "）。", List.of(ProblemType.AIR), null, null, null,
								region, null),
						Fixtures.CLERK, null)
				.complaint()
				.id();
			int fate = random.nextInt(10);
			if (fate == 0) {
				this.intake.screen(id, ScreeningDecision.HAND_OVER, "不属于受理范围", "某区人民政府", TEAM);
			}
			else if (fate > 1) {
				this.intake.screen(id, ScreeningDecision.ACCEPT, null, null, TEAM);
				acceptedIds.add(id);
			}
		}
		for (int batch = 0; batch < 2; batch++) {
			List<UUID> slice = acceptedIds.subList(batch * acceptedIds.size() / 2,
					(batch + 1) * acceptedIds.size() / 2);
			BatchView view = this.transfers.compose(campaign.id(), slice, Set.of(), Set.of(), Fixtures.OFFICER);
			this.transfers.transfer(view.id(), Fixtures.OFFICER);
		}
		for (CaseView caseView : this.cases.search(new CaseFilter(campaign.id(), null, null, null, null),
				Jurisdiction.everywhere())) {
			if (random.nextInt(4) == 0) {
				continue;
			}
			this.handling.sign(caseView.id(), null, null, null, HANDLER);
			Closure closure = Closure.values()[random.nextInt(Closure.values().length)];
			this.handling.submitReport(caseView.id(),
					new HandlingReport(List.of(), Verdict.values()[random.nextInt(Verdict.values().length)], "经核查。",
							null, "已处理。",
							new ActionCounts(random.nextInt(3), random.nextInt(2), random.nextInt(5) * 10_000L, 0, 0, 0,
									random.nextInt(3), random.nextInt(2), 0),
							null, closure, (closure == Closure.PARTLY_CLOSED)
									? LocalDate.now(java.time.Clock.systemUTC()).plusMonths(2) : null),
					HANDLER);
			if (random.nextInt(5) > 0) {
				this.handling.review(caseView.id(), ReviewDecision.ACCEPT, null, FourChecks.CLEAR, TEAM);
			}
		}
		return registered;
	}

}
