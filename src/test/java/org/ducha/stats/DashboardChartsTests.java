package org.ducha.stats;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accountability.AccountabilityDraft;
import org.ducha.accountability.AccountabilityForm;
import org.ducha.accountability.AccountabilityRegister;
import org.ducha.accountability.TargetType;
import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Jurisdiction;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.accounts.Role;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.casework.BatchTransfers;
import org.ducha.casework.BatchView;
import org.ducha.casework.CaseFilter;
import org.ducha.casework.CaseQueries;
import org.ducha.casework.CaseView;
import org.ducha.intake.Channel;
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ProblemType;
import org.ducha.intake.ReportedObject;
import org.ducha.intake.ScreeningDecision;
import org.ducha.similarity.Sites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ducha.Fixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's charts of other modules' data — repeat sites (similarity),
 * accountability records, rectification tasks by warning colour and lead unit (colours
 * derived by the rectification module) — each filtered by period and region, exported as
 * Excel and shown on the page.
 */
@IntegrationTest
class DashboardChartsTests {

	static final CurrentOfficer TEAM = new CurrentOfficer(Fixtures.OFFICER, Fixtures.OFFICER, Set.of(Role.TEAM_OFFICER),
			Jurisdiction.everywhere());

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
	BatchTransfers transfers;

	@Autowired
	CaseQueries cases;

	@Autowired
	AccountabilityRegister accountability;

	@Autowired
	Sites sites;

	CampaignDetails campaign;

	@BeforeEach
	void setUp() {
		Fixtures.ensureAccounts(this.accounts);
		this.campaign = Fixtures.linfenCampaign(this.campaigns);
	}

	@Test
	void countsRepeatSitesOfTheCampaignWithinThePeriodAndRegion() throws Exception {
		String site = uniqueName() + "砖厂";
		List<UUID> ids = new ArrayList<>();
		ids.add(register(site, "141002", "2016-11-25"));
		ids.add(register(site, "141002", "2016-11-28"));
		ids.add(register(site, "141002", "2016-12-05"));
		ids.add(register(uniqueName() + "化工厂", "141021", "2016-11-26"));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> ids.stream().allMatch((id) -> this.sites.siteOf(id).isPresent()));

		JsonNode all = chart("hotSpots", Map.of());
		assertThat(all.get("categories").size()).isEqualTo(1);
		assertThat(all.get("categories").get(0).asString()).contains(site.substring(0, 2));
		assertThat(all.get("series").get("complaints").get(0).asLong()).isEqualTo(3);
		assertThat(all.get("series").get("allComplaints").get(0).asLong()).isGreaterThanOrEqualTo(3);
		assertThat(chart("hotSpots", Map.of("to", "2016-11-30")).get("series").get("complaints").get(0).asLong())
			.isEqualTo(2);
		assertThat(chart("hotSpots", Map.of("from", "2016-12-01")).get("categories").size()).isZero();
		assertThat(chart("hotSpots", Map.of("regionCode", "141021")).get("categories").size()).isZero();
	}

	@Test
	void countsAccountabilityByFormPersonsAndUnitsWithinThePeriodAndTheRegionOfTheLinkedCases() throws Exception {
		UUID yaodu = transferredCase("141002");
		UUID quwo = transferredCase("141021");
		record(TargetType.PERSON, AccountabilityForm.SUMMONS, LocalDate.of(2016, 12, 1), yaodu);
		record(TargetType.PERSON, AccountabilityForm.SUMMONS, LocalDate.of(2016, 12, 2), quwo);
		record(TargetType.UNIT, AccountabilityForm.SUMMONS, LocalDate.of(2016, 12, 10), yaodu);
		record(TargetType.UNIT, AccountabilityForm.CIRCULATED_CRITICISM, LocalDate.of(2016, 12, 3), quwo);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> chart("accountability", Map.of("regionCode", "141021")).get("series")
				.get("persons")
				.get(0)
				.asLong() == 1);

		JsonNode all = chart("accountability", Map.of());
		assertThat(all.get("categories").get(0).asString()).isEqualTo("SUMMONS");
		assertThat(all.get("categories").size()).isEqualTo(AccountabilityForm.values().length);
		assertThat(all.get("series").get("persons").get(0).asLong()).isEqualTo(2);
		assertThat(all.get("series").get("units").get(0).asLong()).isEqualTo(1);
		assertThat(all.get("series").get("units").get(1).asLong()).isEqualTo(1);
		JsonNode early = chart("accountability", Map.of("from", "2016-11-23", "to", "2016-12-05"));
		assertThat(early.get("series").get("units").get(0).asLong()).isZero();
		assertThat(early.get("series").get("persons").get(0).asLong()).isEqualTo(2);
		JsonNode quwoOnly = chart("accountability", Map.of("regionCode", "141021"));
		assertThat(quwoOnly.get("series").get("units").get(0).asLong()).isZero();
		assertThat(quwoOnly.get("series").get("units").get(1).asLong()).isEqualTo(1);
	}

	@Test
	void countsRectificationTasksByColourAndLeadUnitAsTheRectificationModuleDerivesThem() throws Exception {
		String planId = plan();
		Map<String, Object> late = task("襄汾县人民政府", "141023");
		late.put("startOn", LocalDate.now().minusDays(60).toString());
		late.put("deadline", LocalDate.now().minusDays(1).toString());
		late.put("milestones", List.of());
		addTask(planId, late);
		addTask(planId, task("尧都区人民政府", "141002"));
		addTask(planId, task("尧都区人民政府", "141002"));

		JsonNode colours = chart("taskColours", Map.of());
		assertThat(colours.get("categories").get(0).asString()).isEqualTo("BLUE");
		assertThat(colours.get("series").get("count").get(0).asLong()).isEqualTo(2);
		assertThat(colours.get("series").get("count").get(2).asLong()).isEqualTo(1);
		JsonNode units = chart("taskUnits", Map.of());
		assertThat(units.get("categories").get(0).asString()).isEqualTo("襄汾县人民政府");
		assertThat(units.get("series").get("RED").get(0).asLong()).isEqualTo(1);
		assertThat(units.get("series").get("BLUE").get(1).asLong()).isEqualTo(2);
		JsonNode yaodu = chart("taskColours", Map.of("regionCode", "141002"));
		assertThat(yaodu.get("series").get("count").get(0).asLong()).isEqualTo(2);
		assertThat(yaodu.get("series").get("count").get(2).asLong()).isZero();
		JsonNode earlier = chart("taskColours", Map.of("to", LocalDate.now().minusDays(5).toString()));
		assertThat(earlier.get("series").get("count").get(2).asLong()).as("not yet late five days ago").isZero();

		byte[] xlsx = this.mvc
			.perform(get("/campaigns/{id}/stats/taskUnits.xlsx", this.campaign.id())
				.with(user(this.accounts.loadUserByUsername(Fixtures.LEADER))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			List<String> cells = new ArrayList<>();
			workbook.getSheetAt(0).forEach((row) -> row.forEach((cell) -> cells.add(cell.toString())));
			assertThat(cells).contains("襄汾县人民政府", "红灯", "蓝签");
		}
		this.mvc
			.perform(get("/campaigns/{id}/dashboard", this.campaign.id())
				.with(user(this.accounts.loadUserByUsername(Fixtures.LEADER))))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("id=\"chart-taskColours\""),
						org.hamcrest.Matchers.containsString("id=\"chart-hotSpots\""),
						org.hamcrest.Matchers.containsString("id=\"chart-accountability\""),
						org.hamcrest.Matchers.containsString("id=\"chart-rates\""),
						org.hamcrest.Matchers.containsString("襄汾县人民政府"))));
	}

	@Test
	void refusesAReversedPeriodAndAMalformedRegion() throws Exception {
		for (String chart : List.of("daily", "hotSpots", "accountability", "taskColours")) {
			this.mvc
				.perform(get("/api/campaigns/{id}/stats/{chart}", this.campaign.id(), chart).param("from", "2016-12-10")
					.param("to", "2016-12-01")
					.with(as(Fixtures.LEADER)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("to"));
		}
		this.mvc
			.perform(get("/api/campaigns/{id}/stats/taskUnits", this.campaign.id()).param("regionCode", "14x")
				.with(as(Fixtures.LEADER)))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(get("/campaigns/{id}/dashboard", this.campaign.id()).param("from", "2016-12-10")
				.param("to", "2016-12-01")
				.with(user(this.accounts.loadUserByUsername(Fixtures.LEADER))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("class=\"error\"")));
	}

	private JsonNode chart(String name, Map<String, String> params) throws Exception {
		var request = get("/api/campaigns/{id}/stats/{chart}", this.campaign.id(), name).with(as(Fixtures.LEADER));
		params.forEach((key, value) -> request.param(key, value));
		return this.json.readTree(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

	private UUID register(String object, String region, String day) {
		return this.intake
			.register(this.campaign.id(),
					new ComplaintRegistration(OffsetDateTime.parse(day + "T10:00:00+08:00"), Channel.PHONE, null, null,
							new ReportedObject(object, null), null, object + "夜间排放废气，周边居民反映强烈。",
							List.of(ProblemType.AIR), null, null, null, region, null),
					Fixtures.CLERK, null)
			.complaint()
			.id();
	}

	private UUID transferredCase(String region) {
		UUID id = register(uniqueName() + "厂", region, "2016-11-25");
		this.intake.screen(id, ScreeningDecision.ACCEPT, null, null, TEAM);
		BatchView batch = this.transfers.compose(this.campaign.id(), List.of(id), Set.of(), Set.of(), Fixtures.OFFICER);
		this.transfers.transfer(batch.id(), Fixtures.OFFICER);
		return this.cases.search(new CaseFilter(this.campaign.id(), null, null, null, null), Jurisdiction.everywhere())
			.stream()
			.filter((file) -> file.complaintId().equals(id))
			.map(CaseView::id)
			.findFirst()
			.orElseThrow();
	}

	private void record(TargetType type, AccountabilityForm form, LocalDate on, UUID caseId) {
		this.accountability
			.record(new AccountabilityDraft(this.campaign.id(), type, (type == TargetType.PERSON) ? "某局副局长" : "某县人民政府",
					null, null, form, "督办件整改不力", List.of(caseId), on, "省督察组", null, null, null), Fixtures.LEADER);
	}

	private String plan() throws Exception {
		return this.json
			.readTree(send("/api/rectification/plans",
					Map.of("campaignId", this.campaign.id().toString(), "title", "整改方案" + UUID.randomUUID(),
							"fedBackOn", LocalDate.now().minusDays(10).toString())))
			.get("id")
			.asString();
	}

	private void addTask(String planId, Map<String, Object> task) throws Exception {
		send("/api/rectification/plans/" + planId + "/tasks", task);
	}

	private String send(String path, Object body) throws Exception {
		return this.mvc
			.perform(post(path).with(as(Fixtures.OFFICER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static Map<String, Object> task(String leadUnit, String region) {
		Map<String, Object> task = new LinkedHashMap<>();
		task.put("problem", "砖厂整治");
		task.put("target", "无证砖厂全部关停取缔");
		task.put("measures", "逐厂建立台账，拆除设备");
		task.put("leadUnit", leadUnit);
		task.put("leader", "县长");
		task.put("responsiblePerson", "分管副县长");
		task.put("regionCode", region);
		task.put("kind", "BY_DEADLINE");
		task.put("deadline", LocalDate.now().plusDays(90).toString());
		task.put("milestones", List.of(Map.of("dueOn", LocalDate.now().plusDays(30).toString(), "description", "完成摸底排查",
				"targetPercent", 30)));
		return task;
	}

	private static String uniqueName() {
		String letters = "金银铜铁锡福禄寿喜乐安康泰和顺兴旺隆昌盛宏鑫源鼎丰";
		StringBuilder name = new StringBuilder();
		for (int i = 0; i < 3; i++) {
			name.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
		}
		return name.toString();
	}

}
