package org.ducha.similarity;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Jurisdiction;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.accounts.Role;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.intake.Channel;
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ProblemType;
import org.ducha.intake.ReportedObject;
import org.ducha.intake.ScreeningDecision;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ducha.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sites and hot spots: complaints about one site, written in different name forms and
 * received in different campaigns, are counted together; a site is flagged for a task
 * force once, when it reaches the threshold; a merged repeat counts on its master's site;
 * the sites list and a site's page show the history.
 */
@IntegrationTest
class SitesTests {

	/**
	 * Rare characters, so every test has trade names of its own in the shared database.
	 */
	static final String RARE = "琨璟瑄琰珂瑜璐骞翊晟昀暄瑾珩琮璋";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	Sites sites;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void accounts() {
		Fixtures.ensureAccounts(this.accounts);
	}

	@Test
	void groupsNameFormsOfOneSiteAcrossCampaignsAndFlagsItOnceAtTheThreshold() throws Exception {
		String core = uniqueCore();
		CampaignDetails first = Fixtures.linfenCampaign(this.campaigns);
		CampaignDetails second = Fixtures.linfenCampaign(this.campaigns);
		UUID a = register(first, core + "洗煤厂", "141002", "2016-11-25T09:00:00+08:00");
		UUID b = register(first, "临汾市" + core + "煤业有限公司洗煤厂", "141002", "2016-11-28T09:00:00+08:00");
		UUID elsewhere = register(first, core + "洗煤厂", "141021", "2016-11-29T09:00:00+08:00");
		UUID siteId = await().atMost(Duration.ofSeconds(15)).until(() -> siteOf(b), (site) -> site != null);
		await().atMost(Duration.ofSeconds(15)).until(() -> siteOf(elsewhere) != null);
		assertThat(siteOf(a)).isEqualTo(siteId);
		assertThat(siteOf(elsewhere)).as("the same name in another county is another site").isNotEqualTo(siteId);
		assertThat(flaggings(siteId)).as("two complaints are no hot spot yet").isZero();

		UUID c = register(second, "尧都区" + core + "洗煤有限公司", "141002", "2016-12-05T09:00:00+08:00");
		await().atMost(Duration.ofSeconds(15)).until(() -> siteId.equals(siteOf(c)));
		await().atMost(Duration.ofSeconds(15)).until(() -> flaggings(siteId) == 1);
		register(second, core + "洗煤厂", "141002", "2016-12-06T09:00:00+08:00");
		await().atMost(Duration.ofSeconds(15)).until(() -> count(siteId) == 4);
		assertThat(flaggings(siteId)).as("flagged once, when it crossed the threshold").isEqualTo(1);

		this.mvc.perform(get("/api/sites").param("minComplaints", "3").with(as(Fixtures.LEADER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.siteId == '" + siteId + "')].complaintCount").value(hasItem(4)))
			.andExpect(jsonPath("$[?(@.siteId == '" + siteId + "')].regionCode").value(hasItem("141002")))
			.andExpect(jsonPath("$[?(@.siteId == '" + siteId + "')].name").value(hasItem(containsString(core))))
			.andExpect(jsonPath("$[?(@.siteId == '" + siteId + "')].flaggedAt").isNotEmpty())
			.andExpect(jsonPath("$[?(@.siteId == '" + siteId + "')].problemTypes.AIR").value(hasItem(4)))
			.andExpect(jsonPath("$[*].siteId").value(not(hasItem(siteOf(elsewhere).toString()))));
		this.mvc.perform(get("/api/sites/{id}", siteId).with(as(Fixtures.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.complaints.length()").value(4))
			.andExpect(jsonPath("$.complaints[0].complaintId").value(a.toString()))
			.andExpect(jsonPath("$.statuses.RECEIVED").value(4));
		this.mvc.perform(get("/api/sites").with(as(Fixtures.HANDLER))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/sites/{id}", UUID.randomUUID()).with(as(Fixtures.OFFICER)))
			.andExpect(status().isNotFound());

		this.mvc.perform(get("/sites").with(signedIn(Fixtures.LEADER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(siteId.toString())));
		String receipt = this.json
			.readTree(this.mvc.perform(get("/api/complaints/{id}", c).with(as(Fixtures.OFFICER)))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("receiptNumber")
			.asString();
		this.mvc.perform(get("/sites/{id}", siteId).with(signedIn(Fixtures.LEADER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(receipt)))
			.andExpect(content().string(containsString("id=\"hot-spot\"")));
	}

	@Test
	void aMergedRepeatCountsOnItsMastersSite() throws Exception {
		String core = uniqueCore();
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		UUID master = accepted(campaign, core + "砖厂");
		UUID nameless = accepted(campaign, null);
		UUID site = await().atMost(Duration.ofSeconds(15)).until(() -> siteOf(master), (found) -> found != null);
		assertThat(siteOf(nameless)).as("a complaint naming no site").isNull();

		this.mvc
			.perform(post("/api/complaints/{id}/merge", nameless).with(as(Fixtures.CLERK))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("intoComplaintId", master))))
			.andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(15)).until(() -> site.equals(siteOf(nameless)));
		assertThat(count(site)).isEqualTo(2);
		assertThat(this.jdbc.sql("SELECT merged_into FROM stats_complaint WHERE complaint_id = ?")
			.param(nameless)
			.query(UUID.class)
			.optional()).as("stats show the complaint as merged, and still received").contains(master);
	}

	@Test
	void placesAComplaintOnceAtItsLatestRegionWhenItsEventsArriveTogether() {
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		CurrentOfficer clerk = new CurrentOfficer(Fixtures.CLERK, Fixtures.CLERK,
				Set.of(org.ducha.accounts.Role.INTAKE_CLERK), Jurisdiction.everywhere());
		List<UUID> complaints = new java.util.ArrayList<>();
		for (int round = 0; round < 10; round++) {
			// registered in one county and at once moved to another, as a clerk
			// correcting the resolver does: the
			// registration's and the move's events reach the sites read model together
			UUID complaint = register(campaign, uniqueCore() + "砖厂", "141002", "2016-11-26T09:00:00+08:00");
			this.intake.assignRegion(complaint, "141021", "按被举报对象所在地确定", clerk);
			complaints.add(complaint);
		}
		for (UUID complaint : complaints) {
			await().atMost(Duration.ofSeconds(20))
				.until(() -> this.jdbc.sql(
						"SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?")
					.param("%" + complaint + "%")
					.query(Integer.class)
					.single() == 0);
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM repeat_site_complaint WHERE complaint_id = ?")
				.param(complaint)
				.query(Integer.class)
				.single()).isEqualTo(1);
			assertThat(this.jdbc
				.sql("SELECT s.region_code FROM repeat_site s JOIN repeat_site_complaint m "
						+ "ON m.site_id = s.id WHERE m.complaint_id = ?")
				.param(complaint)
				.query(String.class)
				.single()).isEqualTo("141021");
		}
	}

	@Test
	void countsEachSitePerCampaignAndPerBeijingDayAsARefillFromThePlacedComplaintsWould() {
		String core = uniqueCore();
		CampaignDetails first = Fixtures.linfenCampaign(this.campaigns);
		CampaignDetails second = Fixtures.linfenCampaign(this.campaigns);
		CurrentOfficer clerk = new CurrentOfficer(Fixtures.CLERK, Fixtures.CLERK, Set.of(Role.INTAKE_CLERK),
				Jurisdiction.everywhere());
		// 23:30 and 00:30 Beijing time: two Beijing days, one UTC day
		// (letters: a call outside the hotline's hours needs a recorded message)
		UUID lateEvening = register(first, core + "焦化厂", "141002", "2016-11-25T23:30:00+08:00", Channel.LETTER);
		UUID pastMidnight = register(first, core + "焦化厂", "141002", "2016-11-26T00:30:00+08:00", Channel.LETTER);
		UUID moved = register(first, core + "焦化厂", "141002", "2016-11-26T10:00:00+08:00");
		UUID later = register(second, core + "焦化厂", "141002", "2016-12-05T09:00:00+08:00");
		UUID site = await().atMost(Duration.ofSeconds(15)).until(() -> siteOf(later), (found) -> found != null);
		await().atMost(Duration.ofSeconds(15))
			.until(() -> List.of(lateEvening, pastMidnight, moved).stream().allMatch((id) -> site.equals(siteOf(id))));
		this.intake.assignRegion(moved, "141021", "按被举报对象所在地确定", clerk);
		UUID otherSite = await().atMost(Duration.ofSeconds(15))
			.until(() -> siteOf(moved), (found) -> found != null && !found.equals(site));

		assertThat(tally(first, null, null, null, site)).as("the whole stay of the first campaign").isEqualTo(2);
		assertThat(tally(second, null, null, null, site)).as("the second campaign").isEqualTo(1);
		assertThat(tally(first, "2016-11-26", "2016-11-26", null, site)).as("the Beijing day after 23:30").isEqualTo(1);
		assertThat(tally(first, "2016-11-25", "2016-11-25", null, site)).isEqualTo(1);
		assertThat(tally(first, null, null, "1410", site)).as("by the city's prefix").isEqualTo(2);
		assertThat(tally(first, null, null, "141021", site)).as("another county").isZero();
		assertThat(tally(first, "2016-11-26", null, "141021", otherSite)).as("the moved complaint's new site")
			.isEqualTo(1);

		String counts = "SELECT 'campaign', campaign_id, NULL, complaints FROM repeat_site_campaign WHERE site_id = :site "
				+ "UNION ALL SELECT 'day', campaign_id, received_day, complaints FROM repeat_site_day WHERE site_id = :site";
		List<String> kept = rows(counts, site);
		List<String> keptOther = rows(counts, otherSite);
		assertThat(kept).hasSize(5);
		this.sites.refillCounts();
		assertThat(rows(counts, site)).as("kept counts equal the recomputation").isEqualTo(kept);
		assertThat(rows(counts, otherSite)).isEqualTo(keptOther);
	}

	@Test
	void keepsExactCountsWhileComplaintsLeaveAndEnterASiteAtTheSameTime() throws Exception {
		String core = uniqueCore();
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		CurrentOfficer clerk = new CurrentOfficer(Fixtures.CLERK, Fixtures.CLERK, Set.of(Role.INTAKE_CLERK),
				Jurisdiction.everywhere());
		List<UUID> leaving = new java.util.ArrayList<>();
		for (int i = 0; i < 20; i++) {
			leaving.add(register(campaign, core + "化工厂", "141002", "2016-11-27T09:00:00+08:00"));
		}
		UUID site = await().atMost(Duration.ofSeconds(20))
			.until(() -> siteOf(leaving.getLast()), (found) -> found != null);
		await().atMost(Duration.ofSeconds(20)).until(() -> leaving.stream().allMatch((id) -> site.equals(siteOf(id))));

		// twenty move to the neighbouring county's site while twenty new ones arrive: the
		// placements leave and enter the first site at the same time
		java.util.concurrent.ExecutorService clerks = java.util.concurrent.Executors.newFixedThreadPool(6);
		List<java.util.concurrent.Future<UUID>> arriving = new java.util.ArrayList<>();
		List<java.util.concurrent.Future<?>> moves = new java.util.ArrayList<>();
		try {
			for (UUID id : leaving) {
				moves.add(clerks.submit(() -> this.intake.assignRegion(id, "141021", "按被举报对象所在地确定", clerk)));
				arriving
					.add(clerks.submit(() -> register(campaign, core + "化工厂", "141002", "2016-11-28T09:00:00+08:00")));
			}
			for (java.util.concurrent.Future<?> move : moves) {
				move.get();
			}
			List<UUID> all = new java.util.ArrayList<>(leaving);
			for (java.util.concurrent.Future<UUID> future : arriving) {
				all.add(future.get());
			}
			await().atMost(Duration.ofSeconds(30))
				.until(() -> all.stream()
					.allMatch((id) -> this.jdbc.sql(
							"SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?")
						.param("%" + id + "%")
						.query(Integer.class)
						.single() == 0));
		}
		finally {
			clerks.shutdownNow();
		}
		UUID neighbour = siteOf(leaving.getFirst());
		assertThat(neighbour).isNotEqualTo(site);
		assertThat(tally(campaign, null, null, null, site)).isEqualTo(20);
		assertThat(tally(campaign, null, null, null, neighbour)).isEqualTo(20);
		assertThat(tally(campaign, "2016-11-27", "2016-11-27", null, site)).as("none left of the first day").isZero();
		assertThat(count(site)).isEqualTo(20);
	}

	/** A site's count in {@link Sites#ofCampaign}, 0 when it is not listed. */
	private int tally(CampaignDetails campaign, String from, String to, String region, UUID site) {
		return this.sites
			.ofCampaign(campaign.id(), (from != null) ? java.time.LocalDate.parse(from) : null,
					(to != null) ? java.time.LocalDate.parse(to) : null, region, 1, 1000)
			.stream()
			.filter((tally) -> tally.siteId().equals(site))
			.mapToInt(SiteTally::complaints)
			.sum();
	}

	private List<String> rows(String sql, UUID site) {
		return this.jdbc.sql(sql)
			.param("site", site)
			.query((rs, row) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getInt(4))
			.list()
			.stream()
			.sorted()
			.toList();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(String username) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(this.accounts.loadUserByUsername(username));
	}

	private UUID siteOf(UUID complaintId) {
		return this.sites.siteOf(complaintId).orElse(null);
	}

	private int count(UUID siteId) {
		return this.jdbc.sql("SELECT complaint_count FROM repeat_site WHERE id = ?")
			.param(siteId)
			.query(Integer.class)
			.single();
	}

	/** Hot-spot events recorded for a site in the audit trail. */
	private int flaggings(UUID siteId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE kind = 'RepeatHotSpotFlagged' AND detail LIKE ?")
			.param("%" + siteId + "%")
			.query(Integer.class)
			.single();
	}

	private static String uniqueCore() {
		StringBuilder core = new StringBuilder();
		for (int i = 0; i < 3; i++) {
			core.append(RARE.charAt(ThreadLocalRandom.current().nextInt(RARE.length())));
		}
		return core.toString();
	}

	private UUID accepted(CampaignDetails campaign, String object) {
		UUID id = register(campaign, object, "141002", "2016-11-28T10:00:00+08:00");
		this.intake.screen(id, ScreeningDecision.ACCEPT, null, null, new CurrentOfficer(Fixtures.OFFICER,
				Fixtures.OFFICER, Set.of(Role.TEAM_OFFICER), Jurisdiction.everywhere()));
		return id;
	}

	private UUID register(CampaignDetails campaign, String object, String region, String at) {
		return register(campaign, object, region, at, Channel.PHONE);
	}

	private UUID register(CampaignDetails campaign, String object, String region, String at, Channel channel) {
		return this.intake
			.register(campaign.id(),
					new ComplaintRegistration(OffsetDateTime.parse(at), channel, null, null,
							new ReportedObject(object, null), null, "厂子夜里冒黑烟，呛得人睡不着。", List.of(ProblemType.AIR), null,
							null, null, region, null),
					Fixtures.CLERK, null)
			.complaint()
			.id();
	}

}
