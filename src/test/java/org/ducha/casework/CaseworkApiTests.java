package org.ducha.casework;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Jurisdiction;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.accounts.Role;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.intake.Channel;
import org.ducha.intake.ComplainantDetails;
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ProblemType;
import org.ducha.intake.ReportedObject;
import org.ducha.intake.ScreeningDecision;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 边督边改 through the API: the day's batch, transfer, sign-for, report, return for rework,
 * acceptance; transfer sheets without complainant data; jurisdictions, extensions, 退单 and
 * concurrent actions.
 */
@IntegrationTest
class CaseworkApiTests {

	static final String NAME = "孙交办测试";

	static final String PHONE = "13512345678";

	/** Clients racing for one case in the concurrency tests. */
	static final int RACERS = 50;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	ComplaintIntake intake;

	CampaignDetails campaign;

	UUID yaodu;

	UUID yaoduKey;

	UUID quwo;

	@BeforeEach
	void threeAcceptedComplaints() {
		Fixtures.ensureAccounts(this.accounts);
		this.campaign = Fixtures.linfenCampaign(this.campaigns);
		this.yaodu = accepted("141002", Channel.PHONE, ProblemType.AIR);
		this.yaoduKey = accepted("141002", Channel.LETTER, ProblemType.WATER);
		this.quwo = accepted("141021", Channel.PHONE, ProblemType.NOISE);
	}

	@Test
	void transfersTheDaysBatchAndTakesACaseThroughReturnAndAcceptance() throws Exception {
		JsonNode batch = body(compose(Map.of("keyCases", List.of(this.yaoduKey))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(1))
			.andExpect(jsonPath("$.caseCount").value(3))
			.andExpect(jsonPath("$.status").value("DRAFT")));
		compose(Map.of()).andExpect(status().isConflict());
		String batchId = batch.get("id").asString();
		this.mvc.perform(post("/api/batches/{id}/transfer", batchId).with(as(Fixtures.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("TRANSFERRED"));
		this.mvc.perform(post("/api/batches/{id}/transfer", batchId).with(as(Fixtures.OFFICER)))
			.andExpect(status().isConflict());

		this.mvc.perform(get("/api/batches/{id}/notice", batchId).with(as(Fixtures.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("移交第1批群众信访举报件3件（来电举报2件，来信举报1件")))
			.andExpect(content().string(containsString("其中重点关注1件")));

		JsonNode handlersCases = body(this.mvc
			.perform(get("/api/cases").param("campaignId", this.campaign.id().toString()).with(as(Fixtures.HANDLER)))
			.andExpect(status().isOk()));
		assertThat(handlersCases.size()).as("the key case goes to the city, not to the county").isEqualTo(1);
		String caseId = handlersCases.get(0).get("id").asString();
		assertThat(handlersCases.get(0).get("complaintId").asString()).isEqualTo(this.yaodu.toString());

		act(Fixtures.HANDLER, "/api/cases/{id}/sign", caseId,
				Map.of("leaderInCharge", "副区长 某某", "leadUnit", "尧都区生态环境分局", "assistingUnits", "屯里镇人民政府"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SIGNED"))
			.andExpect(jsonPath("$.leadUnit").value("尧都区生态环境分局"));
		act(Fixtures.HANDLER, "/api/cases/{id}/reports", caseId, report("CLOSED")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REPORTED"));
		act(Fixtures.OFFICER, "/api/cases/{id}/reviews", caseId,
				Map.of("decision", "RETURN", "reasons", "未说明处罚依据", "checks", Map.of("responsibilityNotPursued", true)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"));
		act(Fixtures.HANDLER, "/api/cases/{id}/reports", caseId, report("CLOSED")).andExpect(status().isOk())
			.andExpect(jsonPath("$.reports.length()").value(2));
		act(Fixtures.OFFICER, "/api/cases/{id}/reviews", caseId, Map.of("decision", "ACCEPT"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONCLUDED"))
			.andExpect(jsonPath("$.closure").value("CLOSED"))
			.andExpect(jsonPath("$.reviews.length()").value(2))
			.andExpect(jsonPath("$.reviews[0].decision").value("RETURN"))
			.andExpect(jsonPath("$.timeline[*].action").value(org.hamcrest.Matchers.contains("TRANSFERRED", "SIGNED",
					"REPORTED", "RETURNED", "REPORTED", "CONCLUDED")));
	}

	@Test
	void writesTransferSheetsWithTheRightRowsAndNoComplainant() throws Exception {
		String batchId = transferAll();
		byte[] xlsx = this.mvc
			.perform(get("/api/batches/{id}/sheets/{code}.xlsx", batchId, "141002").with(as(Fixtures.HANDLER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> cells = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("第1批");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("受理编号");
			assertThat(sheet.getLastRowNum()).as("title, header and the one 尧都区 case").isEqualTo(2);
			for (Row row : sheet) {
				row.forEach((cell) -> cells.add(cell.getStringCellValue()));
			}
		}
		assertThat(String.join("|", cells)).contains(receiptOf(this.yaodu)).doesNotContain(NAME, PHONE);

		byte[] pdf = this.mvc
			.perform(get("/api/batches/{id}/sheets/{code}.pdf", batchId, "141002").with(as(Fixtures.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PdfReader reader = new PdfReader(pdf)) {
			String text = new PdfTextExtractor(reader).getTextFromPage(1);
			assertThat(text).contains(receiptOf(this.yaodu)).contains("交办单").doesNotContain(NAME, PHONE);
		}
		this.mvc.perform(get("/api/batches/{id}/sheets/{code}.pdf", batchId, "141002").with(as(Fixtures.OTHER_HANDLER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void keepsLocalHandlersToTheirOwnCases() throws Exception {
		transferAll();
		String yaoduCase = caseOf(this.yaodu, Fixtures.OFFICER);
		this.mvc.perform(get("/api/cases/{id}", yaoduCase).with(as(Fixtures.OTHER_HANDLER)))
			.andExpect(status().isNotFound());
		act(Fixtures.OTHER_HANDLER, "/api/cases/{id}/sign", yaoduCase, Map.of()).andExpect(status().isNotFound());
		act(Fixtures.HANDLER, "/api/cases/{id}/reviews", yaoduCase, Map.of("decision", "ACCEPT"))
			.andExpect(status().isForbidden());
	}

	@Test
	void refusesIncompleteReportsAndAcceptanceWithOpenChecks() throws Exception {
		transferAll();
		String caseId = caseOf(this.yaodu, Fixtures.OFFICER);
		act(Fixtures.HANDLER, "/api/cases/{id}/sign", caseId, Map.of()).andExpect(status().isOk());
		Map<String, Object> partly = report("PARTLY_CLOSED");
		act(Fixtures.HANDLER, "/api/cases/{id}/reports", caseId, partly).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rectificationDeadline"));
		Map<String, Object> empty = new LinkedHashMap<>(report("CLOSED"));
		empty.remove("investigation");
		empty.put("verdict", "MAYBE");
		act(Fixtures.HANDLER, "/api/cases/{id}/reports", caseId, empty).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("verdict"));
		act(Fixtures.HANDLER, "/api/cases/{id}/reports", caseId, report("CLOSED")).andExpect(status().isOk());
		act(Fixtures.OFFICER, "/api/cases/{id}/reviews", caseId,
				Map.of("decision", "ACCEPT", "checks", Map.of("complainantNotSatisfied", true)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("checks"));
		act(Fixtures.OFFICER, "/api/cases/{id}/reviews", caseId, Map.of("decision", "RETURN"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reasons"));
	}

	@Test
	void answersAForgedVerdictOnTheReportFormWithAMessageNotAnError() throws Exception {
		transferAll();
		String caseId = caseOf(this.yaodu, Fixtures.OFFICER);
		act(Fixtures.HANDLER, "/api/cases/{id}/sign", caseId, Map.of()).andExpect(status().isOk());
		this.mvc
			.perform(post("/cases/{id}/reports", caseId)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(this.accounts.loadUserByUsername(Fixtures.HANDLER)))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("allegation", "夜间冒黑烟")
				.param("allegationVerdict", "NOT_A_VERDICT")
				.param("verdict", "TRUE")
				.param("closure", "CLOSED")
				.param("investigation", "经核查属实。")
				.param("actions", "责令整改。"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("case-errors")));
	}

	@Test
	void grantsOneExtensionAskedBeforeTheDueDay() throws Exception {
		transferAll();
		String caseId = caseOf(this.yaodu, Fixtures.OFFICER);
		JsonNode signed = body(act(Fixtures.HANDLER, "/api/cases/{id}/sign", caseId, Map.of()));
		java.time.LocalDate due = java.time.LocalDate.parse(signed.get("reportDue").asString());
		act(Fixtures.HANDLER, "/api/cases/{id}/extension-requests", caseId,
				Map.of("reason", "需检测机构出具报告", "until", due.toString()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("until"));
		act(Fixtures.HANDLER, "/api/cases/{id}/extension-requests", caseId,
				Map.of("reason", "需检测机构出具报告", "until", due.plusDays(10).toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.extension.state").value("REQUESTED"));
		act(Fixtures.HANDLER, "/api/cases/{id}/extension-requests", caseId,
				Map.of("reason", "再延", "until", due.plusDays(12).toString()))
			.andExpect(status().isConflict());
		act(Fixtures.OFFICER, "/api/cases/{id}/extension-decision", caseId, Map.of("approve", true))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reportDue").value(due.plusDays(10).toString()))
			.andExpect(jsonPath("$.extension.state").value("APPROVED"));
	}

	@Test
	void reroutesACaseTheCountyReturnsAsNotItsOwn() throws Exception {
		transferAll();
		String caseId = caseOf(this.yaodu, Fixtures.OFFICER);
		act(Fixtures.HANDLER, "/api/cases/{id}/return-to-team", caseId, Map.of("reason", "该砖厂位于曲沃县境内"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("basis"));
		act(Fixtures.HANDLER, "/api/cases/{id}/return-to-team", caseId,
				Map.of("reason", "该砖厂位于曲沃县境内", "basis", "行政区划图及土地证"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED_TO_TEAM"));
		act(Fixtures.OFFICER, "/api/cases/{id}/return-decision", caseId,
				Map.of("reroute", true, "regionCode", "141021", "remark", "核实属实，改交曲沃县"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("TRANSFERRED"))
			.andExpect(jsonPath("$.regionCode").value("141021"));
		this.mvc.perform(get("/api/cases/{id}", caseId).with(as(Fixtures.OTHER_HANDLER))).andExpect(status().isOk());
		this.mvc.perform(get("/api/cases/{id}", caseId).with(as(Fixtures.HANDLER))).andExpect(status().isNotFound());
	}

	@Test
	void letsExactlyOneOfFiftyConcurrentSignForsWinAndKeepsItsUnits() throws Exception {
		transferAll();
		String caseId = caseOf(this.yaodu, Fixtures.OFFICER);
		Race race = race((i) -> act(Fixtures.HANDLER, "/api/cases/{id}/sign", caseId,
				Map.of("leaderInCharge", "副区长" + i, "leadUnit", "牵头单位" + i)));

		JsonNode signed = body(this.mvc.perform(get("/api/cases/{id}", caseId).with(as(Fixtures.OFFICER))));
		assertThat(signed.get("status").asString()).isEqualTo("SIGNED");
		assertThat(signed.get("leadUnit").asString()).as("the winner's units, not another client's")
			.isEqualTo("牵头单位" + race.winner());
		assertThat(signed.get("leaderInCharge").asString()).isEqualTo("副区长" + race.winner());
		assertThat(actions(signed)).containsExactly("TRANSFERRED", "SIGNED");
	}

	@Test
	void letsExactlyOneOfFiftyConcurrentReviewsDecideTheReport() throws Exception {
		transferAll();
		String caseId = caseOf(this.yaodu, Fixtures.OFFICER);
		act(Fixtures.HANDLER, "/api/cases/{id}/sign", caseId, Map.of()).andExpect(status().isOk());
		act(Fixtures.HANDLER, "/api/cases/{id}/reports", caseId, report("CLOSED")).andExpect(status().isOk());
		Race race = race((i) -> act(Fixtures.OFFICER, "/api/cases/{id}/reviews", caseId,
				(i % 2 == 0) ? Map.of("decision", "ACCEPT", "reasons", "审核意见" + i)
						: Map.of("decision", "RETURN", "reasons", "审核意见" + i)));

		JsonNode reviewed = body(this.mvc.perform(get("/api/cases/{id}", caseId).with(as(Fixtures.OFFICER))));
		boolean accepted = race.winner() % 2 == 0;
		assertThat(reviewed.get("status").asString()).isEqualTo(accepted ? "CONCLUDED" : "RETURNED");
		assertThat(reviewed.get("reviews").size()).as("one review recorded").isEqualTo(1);
		assertThat(reviewed.get("reviews").get(0).get("decision").asString()).isEqualTo(accepted ? "ACCEPT" : "RETURN");
		assertThat(actions(reviewed)).containsExactly("TRANSFERRED", "SIGNED", "REPORTED",
				accepted ? "CONCLUDED" : "RETURNED");
		assertThat(lastRemark(reviewed)).isEqualTo("审核意见" + race.winner());
	}

	@Test
	void letsExactlyOneOfFiftyConcurrentExtensionDecisionsStand() throws Exception {
		transferAll();
		String caseId = caseOf(this.yaodu, Fixtures.OFFICER);
		JsonNode signed = body(act(Fixtures.HANDLER, "/api/cases/{id}/sign", caseId, Map.of()));
		java.time.LocalDate due = java.time.LocalDate.parse(signed.get("reportDue").asString());
		act(Fixtures.HANDLER, "/api/cases/{id}/extension-requests", caseId,
				Map.of("reason", "需检测机构出具报告", "until", due.plusDays(10).toString()))
			.andExpect(status().isOk());
		Race race = race((i) -> act(Fixtures.OFFICER, "/api/cases/{id}/extension-decision", caseId,
				Map.of("approve", i % 2 == 0, "remark", "延期意见" + i)));

		JsonNode decided = body(this.mvc.perform(get("/api/cases/{id}", caseId).with(as(Fixtures.OFFICER))));
		boolean approved = race.winner() % 2 == 0;
		assertThat(decided.get("extension").get("state").asString()).isEqualTo(approved ? "APPROVED" : "REFUSED");
		assertThat(decided.get("reportDue").asString()).isEqualTo((approved ? due.plusDays(10) : due).toString());
		assertThat(actions(decided)).containsExactly("TRANSFERRED", "SIGNED", "EXTENSION_REQUESTED",
				approved ? "EXTENSION_APPROVED" : "EXTENSION_REFUSED");
		assertThat(lastRemark(decided)).isEqualTo("延期意见" + race.winner());
	}

	/**
	 * Sends {@link #RACERS} conflicting requests on one case at once and checks that
	 * exactly one succeeds and every other one is refused with 409 and a problem code.
	 */
	private Race race(Attempt attempt) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(RACERS);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<MvcResult>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < RACERS; i++) {
				int racer = i;
				Callable<MvcResult> send = () -> {
					start.await();
					return attempt.send(racer).andReturn();
				};
				answers.add(pool.submit(send));
			}
			start.countDown();
			List<Integer> winners = new ArrayList<>();
			for (int i = 0; i < RACERS; i++) {
				MvcResult answer = answers.get(i).get();
				int code = answer.getResponse().getStatus();
				if (code == 200) {
					winners.add(i);
					continue;
				}
				assertThat(code).as("racer %d: %s", i, answer.getResponse().getContentAsString()).isEqualTo(409);
				assertThat(answer.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				assertThat(this.json.readTree(answer.getResponse().getContentAsString()).path("code").asString())
					.isNotBlank();
			}
			assertThat(winners).as("exactly one of %d wins", RACERS).hasSize(1);
			return new Race(winners.get(0));
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static List<String> actions(JsonNode caseView) {
		List<String> actions = new ArrayList<>();
		caseView.get("timeline").forEach((entry) -> actions.add(entry.get("action").asString()));
		return actions;
	}

	private static String lastRemark(JsonNode caseView) {
		JsonNode timeline = caseView.get("timeline");
		return timeline.get(timeline.size() - 1).get("remark").asString();
	}

	interface Attempt {

		ResultActions send(int racer) throws Exception;

	}

	record Race(int winner) {

	}

	@Test
	void namesTheResponsibleGovernmentAndTheLeadDepartmentForTheSubType() throws Exception {
		ComplaintRegistration fumes = new ComplaintRegistration(OffsetDateTime.parse("2016-11-28T11:00:00+08:00"),
				Channel.PHONE, null, null, new ReportedObject("某烧烤店", null), null, "烧烤店油烟直排，熏得住户无法开窗。",
				List.of(ProblemType.AIR), "油烟", null, null, "141002", ComplainantDetails.ANONYMOUS);
		UUID complaint = this.intake.register(this.campaign.id(), fumes, Fixtures.CLERK, null).complaint().id();
		this.intake.screen(complaint, ScreeningDecision.ACCEPT, null, null, new CurrentOfficer(Fixtures.OFFICER,
				Fixtures.OFFICER, Set.of(Role.TEAM_OFFICER), Jurisdiction.everywhere()));
		String batchId = body(compose(Map.of("complaintIds", List.of(complaint, this.yaodu)))).get("id").asString();
		this.mvc.perform(post("/api/batches/{id}/transfer", batchId).with(as(Fixtures.OFFICER)))
			.andExpect(status().isOk());
		String fumesCase = caseOf(complaint, Fixtures.OFFICER);
		this.mvc.perform(get("/api/cases/{id}", fumesCase).with(as(Fixtures.OFFICER)))
			.andExpect(jsonPath("$.responsibleUnit").value("尧都区人民政府"))
			.andExpect(jsonPath("$.suggestedLeadUnit").value("尧都区城市管理局"));
		this.mvc.perform(get("/api/cases/{id}", caseOf(this.yaodu, Fixtures.OFFICER)).with(as(Fixtures.OFFICER)))
			.andExpect(jsonPath("$.suggestedLeadUnit").doesNotExist());
	}

	@Test
	void routesBySubTypeAsTheCampaignConfigured() throws Exception {
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/campaigns/{id}/routing", this.campaign.id())
				.with(as(Fixtures.LEADER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("departments", Map.of("油烟", "市场监督管理局")))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$['油烟']").value("市场监督管理局"));
		ComplaintRegistration fumes = new ComplaintRegistration(OffsetDateTime.parse("2016-11-28T11:00:00+08:00"),
				Channel.PHONE, null, null, null, null, "饭店油烟直排，熏得住户无法开窗。", List.of(ProblemType.AIR), "油烟", null, null,
				"141002", ComplainantDetails.ANONYMOUS);
		UUID complaint = this.intake.register(this.campaign.id(), fumes, Fixtures.CLERK, null).complaint().id();
		this.intake.screen(complaint, ScreeningDecision.ACCEPT, null, null, new CurrentOfficer(Fixtures.OFFICER,
				Fixtures.OFFICER, Set.of(Role.TEAM_OFFICER), Jurisdiction.everywhere()));
		String batchId = body(compose(Map.of("complaintIds", List.of(complaint)))).get("id").asString();
		this.mvc.perform(post("/api/batches/{id}/transfer", batchId).with(as(Fixtures.OFFICER)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/cases/{id}", caseOf(complaint, Fixtures.OFFICER)).with(as(Fixtures.OFFICER)))
			.andExpect(jsonPath("$.suggestedLeadUnit").value("尧都区市场监督管理局"));
	}

	@Test
	void refusesToTransferComplaintsThatAreNotWaiting() throws Exception {
		compose(Map.of("complaintIds", List.of(UUID.randomUUID()))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("complaintIds"));
		this.mvc.perform(post("/api/campaigns/{id}/batches", this.campaign.id()).with(as(Fixtures.HANDLER)))
			.andExpect(status().isForbidden());
	}

	private String transferAll() throws Exception {
		String batchId = body(compose(Map.of("keyCases", List.of(this.yaoduKey)))).get("id").asString();
		this.mvc.perform(post("/api/batches/{id}/transfer", batchId).with(as(Fixtures.OFFICER)))
			.andExpect(status().isOk());
		return batchId;
	}

	private String caseOf(UUID complaintId, String user) throws Exception {
		JsonNode cases = body(
				this.mvc.perform(get("/api/cases").param("campaignId", this.campaign.id().toString()).with(as(user))));
		for (JsonNode node : cases) {
			if (node.get("complaintId").asString().equals(complaintId.toString())) {
				return node.get("id").asString();
			}
		}
		throw new AssertionError("no case for " + complaintId);
	}

	private String receiptOf(UUID complaintId) throws Exception {
		return body(this.mvc.perform(get("/api/complaints/{id}", complaintId).with(as(Fixtures.OFFICER))))
			.get("receiptNumber")
			.asString();
	}

	private ResultActions compose(Map<String, Object> request) throws Exception {
		return this.mvc.perform(post("/api/campaigns/{id}/batches", this.campaign.id()).with(as(Fixtures.OFFICER))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(request)));
	}

	private ResultActions act(String user, String path, String caseId, Map<String, Object> request) throws Exception {
		return this.mvc.perform(post(path, caseId).with(as(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(request)));
	}

	private JsonNode body(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	static Map<String, Object> report(String closure) {
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("findings", List.of(Map.of("allegation", "夜间冒黑烟", "verdict", "TRUE"),
				Map.of("allegation", "持续两个月", "verdict", "FALSE")));
		report.put("verdict", "PARTLY_TRUE");
		report.put("investigation", "经现场核查，该砖厂脱硫设施未正常运行，夜间存在冒黑烟现象。");
		report.put("targetOutcome", "废气达标排放");
		report.put("actions", "责令停产整改，立案处罚。");
		report.put("counts", Map.of("orderedToRectify", 1, "penalisedUnits", 1, "finesYuan", 50000));
		report.put("closure", closure);
		return report;
	}

	private UUID accepted(String regionCode, Channel channel, ProblemType type) {
		ComplaintRegistration registration = new ComplaintRegistration(
				OffsetDateTime.parse("2016-11-28T10:00:00+08:00"), channel, null, null, new ReportedObject("某砖厂", null),
				null, "砖厂夜间冒黑烟，周边村民晾晒的衣物被熏黑。", List.of(type), null, null, null, regionCode,
				new ComplainantDetails(NAME, PHONE, null, false, true));
		UUID id = this.intake.register(this.campaign.id(), registration, Fixtures.CLERK, null).complaint().id();
		this.intake.screen(id, ScreeningDecision.ACCEPT, null, null, new CurrentOfficer(Fixtures.OFFICER,
				Fixtures.OFFICER, Set.of(Role.TEAM_OFFICER), Jurisdiction.everywhere()));
		return id;
	}

}
