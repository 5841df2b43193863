package org.ducha.rectification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.TestClock;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rectification through the API: feedback problems claimed in full, a plan due 30 working
 * days after the feedback, tasks with named owners, progress against the expected
 * progress, close-out with task-specific evidence, acceptance, public notice with an
 * objection, write-off, look-backs, the ledger in the public Excel format and an import
 * that takes all rows or none.
 */
@IntegrationTest
class RectificationApiTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	TestClock clock;

	@Autowired
	RectificationTracking tracking;

	CampaignDetails campaign;

	@BeforeEach
	void campaign() {
		Fixtures.ensureAccounts(this.accounts);
		this.campaign = Fixtures.currentCampaign(this.campaigns);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void takesATaskFromFeedbackThroughCloseOutNoticeWriteOffAndABackReopeningLookBack() throws Exception {
		String problemId = body(send(Fixtures.OFFICER, "/api/campaigns/{id}/feedback-problems", this.campaign.id(),
				Map.of("content", "临汾市区周边砖厂无证生产，脱硫设施不正常运行", "category", "大气污染", "fedBackOn",
						today().minusDays(3).toString()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.seqNo").value(1))).get("id").asString();
		send(Fixtures.HANDLER, "/api/rectification/problems/{id}/claim", problemId, Map.of("unit", "临汾市人民政府"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.claimedBy").value("临汾市人民政府"));
		send(Fixtures.OFFICER, "/api/rectification/problems/{id}/claim", problemId, Map.of("unit", "尧都区人民政府"))
			.andExpect(status().isConflict());

		JsonNode plan = body(send(Fixtures.OFFICER, "/api/rectification/plans", null, Map.of("campaignId",
				this.campaign.id().toString(), "title", "临汾市贯彻落实督察反馈意见整改方案", "fedBackOn", "2026-09-28"))
			.andExpect(status().isCreated()));
		assertThat(plan.get("adoptionDue").asString()).as("30 working days after 09-28, National Day not counted")
			.isEqualTo("2026-11-13");
		String planId = plan.get("id").asString();

		Map<String, Object> task = task(problemId);
		JsonNode created = body(send(Fixtures.HANDLER, "/api/rectification/plans/{id}/tasks", planId, task)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PLANNED"))
			.andExpect(jsonPath("$.problem").value("临汾市区周边砖厂无证生产，脱硫设施不正常运行"))
			.andExpect(jsonPath("$.seqNo").value(1))
			.andExpect(jsonPath("$.colour").value("BLUE")));
		String taskId = created.get("id").asString();
		String milestoneId = created.get("milestones").get(0).get("id").asString();

		send(Fixtures.HANDLER, "/api/rectification/tasks/{id}/progress", taskId,
				Map.of("percent", 40, "narrative", "已关停12家，拆除设备", "milestonesDone", List.of(milestoneId)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.progress").value(40))
			.andExpect(jsonPath("$.milestones[0].doneOn").isNotEmpty());
		send(Fixtures.HANDLER, "/api/rectification/tasks/{id}/progress", taskId,
				Map.of("percent", 30, "narrative", "倒退"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("percent"));

		send(Fixtures.HANDLER, "/api/rectification/tasks/{id}/closeout", taskId, Map.of("completion", "已全部关停"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("evidence"));
		upload(Fixtures.HANDLER, taskId, "验收材料.pdf", PDF).andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("application/pdf"))
			.andExpect(jsonPath("$.alsoUsedFor.length()").value(0));
		send(Fixtures.HANDLER, "/api/rectification/tasks/{id}/closeout", taskId,
				Map.of("completion", "46家砖厂全部关停取缔，设备拆除到位"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSEOUT_REQUESTED"));

		send(Fixtures.HANDLER, "/api/rectification/tasks/{id}/acceptance", taskId,
				Map.of("passed", true, "acceptingUnit", "临汾市生态环境局", "findings", "自己验收自己"))
			.andExpect(status().isForbidden());
		send(Fixtures.OFFICER, "/api/rectification/tasks/{id}/acceptance", taskId,
				Map.of("passed", false, "acceptingUnit", "临汾市生态环境局", "findings", "仍有2家设备未拆除"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"));
		send(Fixtures.HANDLER, "/api/rectification/tasks/{id}/closeout", taskId, Map.of("completion", "剩余2家已拆除"))
			.andExpect(status().isOk());
		send(Fixtures.OFFICER, "/api/rectification/tasks/{id}/acceptance", taskId,
				Map.of("passed", true, "onSite", true, "acceptingUnit", "临汾市生态环境局", "findings", "现场核查全部拆除"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"));

		send(Fixtures.OFFICER, "/api/rectification/tasks/{id}/signoff", taskId, Map.of())
			.andExpect(status().isForbidden());
		send(Fixtures.LEADER, "/api/rectification/tasks/{id}/signoff", taskId, Map.of()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PUBLIC_NOTICE"))
			.andExpect(jsonPath("$.noticeUntil").value(clockToday().plusDays(9).toString()));

		this.mvc.perform(get("/public/api/rectification/notices").param("campaignId", this.campaign.id().toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].taskId").value(hasItem(taskId)))
			.andExpect(jsonPath("$[0].completion").value("剩余2家已拆除"));
		send(Fixtures.LEADER, "/api/rectification/tasks/{id}/write-off", taskId, Map.of())
			.andExpect(status().isConflict());

		this.mvc
			.perform(post("/public/api/rectification/tasks/{id}/objections", taskId)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("content", "东王村砖厂夜里还在生产"))))
			.andExpect(status().isCreated());
		JsonNode paused = body(this.mvc.perform(get("/api/rectification/tasks/{id}", taskId).with(as(Fixtures.OFFICER)))
			.andExpect(jsonPath("$.objectionOpen").value(true))
			.andExpect(jsonPath("$.objections[0].byOfficer").value(false)));
		String objectionId = paused.get("objections").get(0).get("id").asString();
		this.clock.advance(Duration.ofDays(12));
		send(Fixtures.LEADER, "/api/rectification/tasks/{id}/write-off", taskId, Map.of())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("rectification.writeOff.objection"));
		send(Fixtures.OFFICER, "/api/rectification/tasks/{id}/objections/{o}/review", taskId,
				Map.of("upheld", false, "resolution", "经夜查，该厂已拆除，异议不成立"), objectionId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.noticeUntil").value(today().plusDays(9 + 12).toString()));
		send(Fixtures.LEADER, "/api/rectification/tasks/{id}/write-off", taskId, Map.of())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("rectification.writeOff.noticeRunning"));
		this.clock.advance(Duration.ofDays(12));
		send(Fixtures.LEADER, "/api/rectification/tasks/{id}/write-off", taskId, Map.of()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WRITTEN_OFF"))
			.andExpect(jsonPath("$.nextLookbackOn").value(clockToday().plusMonths(12).toString()));

		send(Fixtures.OFFICER, "/api/rectification/tasks/{id}/lookbacks", taskId,
				Map.of("rebound", false, "findings", "未发现反弹"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WRITTEN_OFF"));
		send(Fixtures.OFFICER, "/api/rectification/tasks/{id}/lookbacks", taskId,
				Map.of("rebound", true, "findings", "2家砖厂死灰复燃"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REOPENED"))
			.andExpect(jsonPath("$.lookbacks.length()").value(2))
			.andExpect(jsonPath("$.reports.length()").value(1))
			.andExpect(jsonPath("$.acceptances.length()").value(2))
			.andExpect(jsonPath("$.history[*].action").value(contains("CREATED", "PROGRESS_REPORTED",
					"CLOSEOUT_REQUESTED", "ACCEPTANCE_FAILED", "CLOSEOUT_REQUESTED", "ACCEPTANCE_PASSED", "SIGNED_OFF",
					"OBJECTION_LODGED", "OBJECTION_DISMISSED", "WRITTEN_OFF", "LOOKBACK_CLEAN", "REBOUND")));
	}

	@Test
	void refusesIncompleteTasksNamingEveryMissingField() throws Exception {
		String planId = plan();
		send(Fixtures.OFFICER, "/api/rectification/plans/{id}/tasks", planId,
				Map.of("problem", "x", "kind", "BY_DEADLINE", "milestones", List.of(Map.of("targetPercent", 120))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("target",
					"measures", "leadUnit", "leader", "responsiblePerson", "deadline", "milestones[0].dueOn",
					"milestones[0].description", "milestones[0].targetPercent")));
		send(Fixtures.OFFICER, "/api/rectification/plans/{id}/tasks", planId, Map.of("kind", "SOMEDAY"))
			.andExpect(status().isBadRequest());
		send(Fixtures.OFFICER, "/api/rectification/plans", null, Map.of("campaignId", this.campaign.id().toString()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.containsInAnyOrder("title", "fedBackOn")));
		this.mvc
			.perform(get("/api/rectification/tasks").param("campaignId", this.campaign.id().toString())
				.param("colour", "PURPLE")
				.with(as(Fixtures.OFFICER)))
			.andExpect(status().isBadRequest());
		assertThat(
				body(this.mvc.perform(get("/api/rectification/tasks").param("campaignId", this.campaign.id().toString())
					.with(as(Fixtures.OFFICER)))).size())
			.isZero();
	}

	@Test
	void keepsHandlersToTheirOwnRegionAndTheTeamsStepsToTheTeam() throws Exception {
		String planId = plan();
		Map<String, Object> quwo = new LinkedHashMap<>(task(null));
		quwo.put("problem", "曲沃县某河段非法采砂");
		quwo.put("regionCode", "141021");
		send(Fixtures.HANDLER, "/api/rectification/plans/{id}/tasks", planId, quwo).andExpect(status().isForbidden());
		String taskId = body(send(Fixtures.OTHER_HANDLER, "/api/rectification/plans/{id}/tasks", planId, quwo)
			.andExpect(status().isCreated())).get("id").asString();
		this.mvc.perform(get("/api/rectification/tasks/{id}", taskId).with(as(Fixtures.HANDLER)))
			.andExpect(status().isNotFound());
		send(Fixtures.HANDLER, "/api/rectification/tasks/{id}/progress", taskId,
				Map.of("percent", 10, "narrative", "越权"))
			.andExpect(status().isNotFound());
		send(Fixtures.OTHER_HANDLER, "/api/rectification/tasks/{id}/lookbacks", taskId,
				Map.of("rebound", true, "findings", "x"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/rectification/tasks/{id}", taskId).with(as(Fixtures.CLERK)))
			.andExpect(status().isForbidden());
		assertThat(
				body(this.mvc.perform(get("/api/rectification/tasks").param("campaignId", this.campaign.id().toString())
					.with(as(Fixtures.HANDLER)))).size())
			.isZero();
	}

	@Test
	void flagsTheSameEvidenceFileGivenForTwoTasks() throws Exception {
		String planId = plan();
		String first = body(send(Fixtures.OFFICER, "/api/rectification/plans/{id}/tasks", planId, task(null))).get("id")
			.asString();
		String second = body(send(Fixtures.OFFICER, "/api/rectification/plans/{id}/tasks", planId, task(null)))
			.get("id")
			.asString();
		byte[] photo = ("%PDF-1.4\n% same photo " + UUID.randomUUID() + "\n%%EOF\n").getBytes();
		upload(Fixtures.OFFICER, first, "现场照片.pdf", photo).andExpect(jsonPath("$.alsoUsedFor.length()").value(0));
		upload(Fixtures.OFFICER, second, "另一任务验收照片.pdf", photo).andExpect(status().isCreated())
			.andExpect(jsonPath("$.alsoUsedFor[0]").value(first));
		this.mvc.perform(get("/api/rectification/tasks/{id}", first).with(as(Fixtures.OFFICER)))
			.andExpect(jsonPath("$.evidence[0].alsoUsedFor[0]").value(second))
			.andExpect(jsonPath("$.reusedEvidence").value(true));
		upload(Fixtures.OFFICER, first, "not-really.pdf", new byte[] { 0x4d, 0x5a, (byte) 0x90, 0, 3, 0, 0, 0 })
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	@Test
	void filtersTheLedgerByColourUnitAndStatusAndCountsTheBoard() throws Exception {
		String planId = plan();
		Map<String, Object> late = new LinkedHashMap<>(task(null));
		late.put("leadUnit", "襄汾县人民政府");
		late.put("startOn", today().minusDays(60).toString());
		late.put("deadline", today().minusDays(1).toString());
		late.put("milestones", List.of());
		send(Fixtures.OFFICER, "/api/rectification/plans/{id}/tasks", planId, late).andExpect(status().isCreated())
			.andExpect(jsonPath("$.colour").value("RED"));
		send(Fixtures.OFFICER, "/api/rectification/plans/{id}/tasks", planId, task(null))
			.andExpect(jsonPath("$.colour").value("BLUE"));
		this.mvc
			.perform(get("/api/rectification/tasks").param("campaignId", this.campaign.id().toString())
				.param("colour", "RED")
				.with(as(Fixtures.OFFICER)))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].leadUnit").value("襄汾县人民政府"));
		this.mvc
			.perform(get("/api/rectification/tasks").param("campaignId", this.campaign.id().toString())
				.param("unit", "尧都")
				.param("status", "PLANNED")
				.with(as(Fixtures.OFFICER)))
			.andExpect(jsonPath("$.length()").value(1));
		this.mvc
			.perform(get("/api/rectification/board").param("campaignId", this.campaign.id().toString())
				.with(as(Fixtures.LEADER)))
			.andExpect(jsonPath("$.byColour.RED").value(1))
			.andExpect(jsonPath("$.byColour.BLUE").value(1))
			.andExpect(jsonPath("$.byUnit[0].name").value("襄汾县人民政府"))
			.andExpect(jsonPath("$.byUnit[0].red").value(1));
	}

	@Test
	void remindsTheOwnersOnceBeforeAMilestone() throws Exception {
		String planId = plan();
		Map<String, Object> soon = new LinkedHashMap<>(task(null));
		LocalDate due = today().plusDays(20);
		soon.put("deadline", due.plusDays(30).toString());
		soon.put("milestones", List.of(Map.of("dueOn", due.toString(), "description", "完成设备拆除")));
		String taskId = body(send(Fixtures.OFFICER, "/api/rectification/plans/{id}/tasks", planId, soon)).get("id")
			.asString();
		assertThat(this.tracking.remindMilestones(today()))
			.noneMatch((event) -> event.taskId().toString().equals(taskId));
		List<RectificationMilestoneDue> reminded = this.tracking.remindMilestones(due.minusDays(1));
		assertThat(reminded).filteredOn((event) -> event.taskId().toString().equals(taskId))
			.singleElement()
			.satisfies((event) -> assertThat(event.dueOn()).isEqualTo(due));
		assertThat(this.tracking.remindMilestones(due.minusDays(1)))
			.noneMatch((event) -> event.taskId().toString().equals(taskId));
		this.mvc.perform(get("/api/rectification/tasks/{id}", taskId).with(as(Fixtures.OFFICER)))
			.andExpect(jsonPath("$.history[*].action").value(hasItem("MILESTONE_REMINDER")));
	}

	@Test
	void exportsTheLedgerInThePublicFormatAndReadsItBack() throws Exception {
		String planId = plan();
		send(Fixtures.OFFICER, "/api/rectification/plans/{id}/tasks", planId, task(null))
			.andExpect(status().isCreated());
		byte[] xlsx = this.mvc
			.perform(get("/api/rectification/plans/{id}/ledger.xlsx", planId).with(as(Fixtures.OFFICER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(1);
			assertThat(List.of(0, 1, 2, 3, 4, 5, 6).stream().map((c) -> header.getCell(c).getStringCellValue()))
				.containsExactly("问题序号", "具体内容", "整改目标", "整改措施", "完成情况", "责任单位", "完成时限");
			Row first = sheet.getRow(2);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("1");
			assertThat(first.getCell(1).getStringCellValue()).isEqualTo("尧都区砖厂整治");
			assertThat(first.getCell(4).getStringCellValue()).isEqualTo("已列入清单");
			assertThat(first.getCell(5).getStringCellValue()).isEqualTo("尧都区人民政府（区生态环境分局）");
			assertThat(first.getCell(6).getStringCellValue()).isEqualTo(task(null).get("deadline"));
		}
		byte[] pdf = this.mvc
			.perform(get("/api/rectification/plans/{id}/ledger.pdf", planId).with(as(Fixtures.OFFICER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		this.mvc
			.perform(get("/api/campaigns/{id}/rectification/monthly.xlsx", this.campaign.id())
				.param("month", today().toString().substring(0, 7))
				.with(as(Fixtures.OFFICER)))
			.andExpect(status().isOk());
	}

	@Test
	void importsFeedbackProblemsAllOrNothingWithAnErrorPerRow() throws Exception {
		byte[] broken = sheet(new String[][] { { "序号", "具体内容", "类别" }, { "1", "汾河临汾段水质不达标", "水污染" },
				{ "2", "", "大气污染" }, { "1", "重复的序号", "" }, { "abc", "序号不是数字", "" } });
		importProblems(broken).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.containsInAnyOrder("rows[3].content", "rows[4].seqNo", "rows[5].seqNo")));
		this.mvc.perform(get("/api/campaigns/{id}/feedback-problems", this.campaign.id()).with(as(Fixtures.OFFICER)))
			.andExpect(jsonPath("$.length()").value(0));
		importProblems("PK\3\4 not a zip at all".getBytes()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("rectification.import.notXlsx"));
		importProblems(sheet(new String[][] { { "甲", "乙" }, { "1", "2" } })).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("rectification.import.noHeader"));

		byte[] good = sheet(new String[][] { { "序号", "具体内容", "类别" }, { "1", "汾河临汾段水质不达标", "水污染" },
				{ "2", "城区冬季燃煤散烧问题突出", "大气污染" }, { "", "", "" }, { "3", "自然保护区内违规开矿", "生态破坏" } });
		importProblems(good).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(3));
		this.mvc.perform(get("/api/campaigns/{id}/feedback-problems", this.campaign.id()).with(as(Fixtures.OFFICER)))
			.andExpect(jsonPath("$[*].seqNo").value(contains(1, 2, 3)))
			.andExpect(jsonPath("$[2].category").value("生态破坏"));
		importProblems(good).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("rectification.seqNo.taken"));
	}

	private ResultActions importProblems(byte[] file) throws Exception {
		return this.mvc.perform(multipart("/api/campaigns/{id}/feedback-problems/import", this.campaign.id())
			.file(new MockMultipartFile("file", "feedback.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
			.param("fedBackOn", "2026-09-28")
			.with(as(Fixtures.OFFICER)));
	}

	static byte[] sheet(String[][] rows) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("反馈问题");
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private String plan() throws Exception {
		return body(send(Fixtures.OFFICER, "/api/rectification/plans", null,
				Map.of("campaignId", this.campaign.id().toString(), "title", "整改方案" + UUID.randomUUID(), "fedBackOn",
						today().minusDays(10).toString())))
			.get("id")
			.asString();
	}

	static Map<String, Object> task(String problemId) {
		Map<String, Object> task = new LinkedHashMap<>();
		if (problemId != null) {
			task.put("problemId", problemId);
		}
		else {
			task.put("problem", "尧都区砖厂整治");
		}
		task.put("target", "无证砖厂全部关停取缔");
		task.put("measures", "逐厂建立台账，断水断电，拆除设备");
		task.put("leadUnit", "尧都区人民政府");
		task.put("coUnits", "区生态环境分局");
		task.put("leader", "区长");
		task.put("responsiblePerson", "分管副区长");
		task.put("regionCode", "141002");
		task.put("kind", "BY_DEADLINE");
		task.put("deadline", today().plusDays(90).toString());
		task.put("milestones", List
			.of(Map.of("dueOn", today().plusDays(30).toString(), "description", "完成摸底排查", "targetPercent", 30)));
		return task;
	}

	private ResultActions upload(String user, String taskId, String name, byte[] content) throws Exception {
		return this.mvc.perform(multipart("/api/rectification/tasks/{id}/evidence", taskId)
			.file(new MockMultipartFile("file", name, "application/pdf", content))
			.param("stage", "CLOSEOUT")
			.with(as(user)));
	}

	private ResultActions send(String user, String path, Object id, Map<String, ?> request, Object... more)
			throws Exception {
		Object[] vars = (id == null) ? new Object[0] : prepend(id, more);
		return this.mvc.perform(post(path, vars).with(as(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(request)));
	}

	private static Object[] prepend(Object first, Object[] rest) {
		Object[] all = new Object[rest.length + 1];
		all[0] = first;
		System.arraycopy(rest, 0, all, 1, rest.length);
		return all;
	}

	private JsonNode body(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	/** Today in China, as the application counts days (not the machine's zone). */
	private static LocalDate today() {
		return LocalDate.now(org.ducha.campaigns.CampaignDetails.CHINA_TIME);
	}

	/** Today in China by the (movable) test clock. */
	private LocalDate clockToday() {
		return LocalDate.ofInstant(this.clock.instant(), org.ducha.campaigns.CampaignDetails.CHINA_TIME);
	}

}
