package org.ducha.rectification;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ducha.Fixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A complaint case concluded as 阶段性办结 is not forgotten: it becomes a rectification task,
 * linked to the case, with the report's deadline, target and measures, and without the
 * complainant.
 */
@IntegrationTest
class CaseRectificationTests {

	static final String NAME = "韩整改测试";

	static final String PHONE = "13698765432";

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

	@Autowired
	RectificationPlanning planning;

	@Autowired
	RectificationTasks tasks;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	CampaignDetails campaign;

	@BeforeEach
	void campaign() {
		Fixtures.ensureAccounts(this.accounts);
		this.campaign = Fixtures.linfenCampaign(this.campaigns);
	}

	@Test
	void casesConcludedAtTheSameMomentGetTasksNumberedOneAfterTheOther() throws Exception {
		UUID first = UUID.randomUUID();
		this.planning.addCaseTask(this.campaign.id(), first, caseTask(), "信访件 第1件", "141002");
		List<UUID> cases = java.util.stream.Stream.generate(UUID::randomUUID).limit(8).toList();
		java.util.concurrent.ExecutorService listeners = java.util.concurrent.Executors.newFixedThreadPool(8);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		try {
			List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
			for (UUID caseId : cases) {
				done.add(listeners.submit(() -> {
					start.await();
					// each case twice, as a redelivered event would
					this.planning.addCaseTask(this.campaign.id(), caseId, caseTask(), "信访件 " + caseId, "141002");
					this.planning.addCaseTask(this.campaign.id(), caseId, caseTask(), "信访件 " + caseId, "141002");
					return null;
				}));
			}
			start.countDown();
			for (java.util.concurrent.Future<?> future : done) {
				future.get();
			}
		}
		finally {
			listeners.shutdownNow();
		}
		UUID plan = this.tasks.findByCaseId(first).orElseThrow().planId();
		List<Integer> numbers = this.jdbc
			.sql("SELECT seq_no FROM rectification_task WHERE plan_id = :plan AND case_id IN (:cases) ORDER BY seq_no")
			.param("plan", plan)
			.param("cases", cases)
			.query(Integer.class)
			.list();
		assertThat(numbers).as("one task per case, numbered after the first, none twice")
			.containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
	}

	private static TaskDraft caseTask() {
		return new TaskDraft(null, null, "按期完成整改", "停产整改", "尧都区生态环境分局", null, "副区长", "副区长", "141002",
				TaskKind.BY_DEADLINE, LocalDate.now(), LocalDate.now().plusMonths(3), null, List.of());
	}

	@Test
	void aPartlyClosedCaseBecomesALinkedTaskWithItsDeadlineOnce() throws Exception {
		UUID partly = accepted("某洗煤厂露天堆放煤矸石，扬尘严重。");
		UUID closed = accepted("某饭店油烟直排。");
		String batch = body(send(Fixtures.OFFICER, "/api/campaigns/{id}/batches", this.campaign.id(), Map.of()))
			.get("id")
			.asString();
		send(Fixtures.OFFICER, "/api/batches/{id}/transfer", batch, Map.of()).andExpect(status().isOk());
		LocalDate deadline = LocalDate.now().plusMonths(6);
		conclude(caseOf(partly), "PARTLY_CLOSED", deadline);
		conclude(caseOf(closed), "CLOSED", null);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(tasks()).hasSize(1));
		JsonNode task = tasks().get(0);
		assertThat(task.get("caseId").asString()).isEqualTo(caseOf(partly));
		assertThat(task.get("deadline").asString()).isEqualTo(deadline.toString());
		assertThat(task.get("target").asString()).isEqualTo("煤矸石全部入棚，扬尘达标");
		assertThat(task.get("measures").asString()).isEqualTo("建设封闭储煤棚，完成前苫盖抑尘。");
		assertThat(task.get("leadUnit").asString()).isEqualTo("尧都区生态环境分局");
		assertThat(task.get("regionCode").asString()).isEqualTo("141002");
		assertThat(task.get("problem").asString()).contains("露天堆放煤矸石").doesNotContain(NAME, PHONE);
		assertThat(task.get("status").asString()).isEqualTo("PLANNED");
		JsonNode plans = body(
				this.mvc.perform(get("/api/rectification/plans").param("campaignId", this.campaign.id().toString())
					.with(as(Fixtures.OFFICER))));
		assertThat(plans).hasSize(1);
		assertThat(plans.get(0).get("fromCases").asBoolean()).isTrue();
	}

	private JsonNode tasks() throws Exception {
		return body(this.mvc.perform(get("/api/rectification/tasks").param("campaignId", this.campaign.id().toString())
			.with(as(Fixtures.OFFICER))));
	}

	private void conclude(String caseId, String closure, LocalDate deadline) throws Exception {
		send(Fixtures.HANDLER, "/api/cases/{id}/sign", caseId, Map.of("leadUnit", "尧都区生态环境分局"))
			.andExpect(status().isOk());
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("findings", List.of(Map.of("allegation", "扬尘", "verdict", "TRUE")));
		report.put("verdict", "TRUE");
		report.put("investigation", "经现场核查，情况属实。");
		report.put("targetOutcome", "煤矸石全部入棚，扬尘达标");
		report.put("actions", "建设封闭储煤棚，完成前苫盖抑尘。");
		report.put("counts", Map.of("orderedToRectify", 1));
		report.put("closure", closure);
		if (deadline != null) {
			report.put("rectificationDeadline", deadline.toString());
		}
		send(Fixtures.HANDLER, "/api/cases/{id}/reports", caseId, report).andExpect(status().isOk());
		send(Fixtures.OFFICER, "/api/cases/{id}/reviews", caseId, Map.of("decision", "ACCEPT"))
			.andExpect(status().isOk());
	}

	private String caseOf(UUID complaintId) throws Exception {
		for (JsonNode node : body(this.mvc.perform(
				get("/api/cases").param("campaignId", this.campaign.id().toString()).with(as(Fixtures.OFFICER))))) {
			if (node.get("complaintId").asString().equals(complaintId.toString())) {
				return node.get("id").asString();
			}
		}
		throw new AssertionError("no case for " + complaintId);
	}

	private UUID accepted(String description) {
		ComplaintRegistration registration = new ComplaintRegistration(
				OffsetDateTime.parse("2016-11-28T10:00:00+08:00"), Channel.PHONE, null, null,
				new ReportedObject("某洗煤厂", null), null, description, List.of(ProblemType.AIR), null, null, null,
				"141002", new ComplainantDetails(NAME, PHONE, null, false, true));
		UUID id = this.intake.register(this.campaign.id(), registration, Fixtures.CLERK, null).complaint().id();
		this.intake.screen(id, ScreeningDecision.ACCEPT, null, null, new CurrentOfficer(Fixtures.OFFICER,
				Fixtures.OFFICER, Set.of(Role.TEAM_OFFICER), Jurisdiction.everywhere()));
		return id;
	}

	private ResultActions send(String user, String path, Object id, Map<String, ?> request) throws Exception {
		return this.mvc.perform(post(path, id).with(as(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(request)));
	}

	private JsonNode body(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

}
