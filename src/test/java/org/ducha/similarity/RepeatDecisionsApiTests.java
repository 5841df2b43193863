package org.ducha.similarity;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ProblemType;
import org.ducha.intake.ReportedObject;
import org.ducha.intake.ScreeningDecision;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ducha.Fixtures.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The officer's decision on a similar complaint: a merged repeat leaves the transfer list
 * and shows on both complaints; a link is the same from either side; a pair judged
 * distinct is not proposed again; a team leader — and only a team leader — undoes each; a
 * complaint already in a transfer batch cannot be merged; a repeat of a concluded case is
 * flagged.
 */
@IntegrationTest
class RepeatDecisionsApiTests {

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

	CampaignDetails campaign;

	@BeforeEach
	void campaign() {
		Fixtures.ensureAccounts(this.accounts);
		this.campaign = Fixtures.linfenCampaign(this.campaigns);
	}

	@Test
	void aMergedRepeatLeavesTheTransferListAndShowsOnBoth() throws Exception {
		UUID master = accepted("临汾市尧都区晟琨砖厂", "砖厂夜里冒黑烟，衣服都熏黑了。");
		UUID repeat = accepted("晟琨砖厂", "那个砖厂晚上又排黑烟。");
		assertThat(awaiting()).contains(master, repeat);

		perform(post("/api/complaints/{id}/merge", repeat), Fixtures.CLERK, Map.of("intoComplaintId", master))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.relations[0].kind").value("MERGED"))
			.andExpect(jsonPath("$.relations[0].role").value("MERGED_INTO"))
			.andExpect(jsonPath("$.relations[0].complaintId").value(master.toString()));

		assertThat(awaiting()).contains(master).doesNotContain(repeat);
		complaint(repeat).andExpect(jsonPath("$.status").value("MERGED"))
			.andExpect(jsonPath("$.timeline[*].action").value(hasItem("MERGED")));
		complaint(master).andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.timeline[*].action").value(hasItem("REPEAT_MERGED")));
		this.mvc.perform(get("/api/complaints/{id}/relations", master).with(as(Fixtures.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.relations[0].role").value("MERGED_FROM"))
			.andExpect(jsonPath("$.relations[0].complaintId").value(repeat.toString()));

		JsonNode batch = body(
				perform(post("/api/campaigns/{id}/batches", this.campaign.id()), Fixtures.OFFICER, Map.of()))
			.get("items");
		List<String> batched = new ArrayList<>();
		batch.forEach((item) -> batched.add(item.get("complaintId").asString()));
		assertThat(batched).as("the day's batch takes the master, not its repeat")
			.contains(master.toString())
			.doesNotContain(repeat.toString());
	}

	@Test
	void theComplainantOfAMergedRepeatFollowsTheComplaintItWasMergedIntoWithoutLearningItsNumber() throws Exception {
		CampaignDetails now = Fixtures.currentCampaign(this.campaigns);
		UUID master = this.intake
			.register(now.id(),
					new ComplaintRegistration(OffsetDateTime.now(CampaignDetails.CHINA_TIME).minusDays(1).withHour(10),
							Channel.PHONE, null, null, new ReportedObject("临汾市尧都区润通砖厂", null), null, "砖厂夜里冒黑烟。",
							List.of(ProblemType.AIR), null, null, null, "141002", null),
					Fixtures.CLERK, null)
			.complaint()
			.id();
		this.intake.screen(master, ScreeningDecision.ACCEPT, null, null, new CurrentOfficer(Fixtures.OFFICER,
				Fixtures.OFFICER, Set.of(Role.TEAM_OFFICER), Jurisdiction.everywhere()));
		var online = this.intake.registerOnline(now.id(),
				new ComplaintRegistration(null, null, null, null, new ReportedObject("润通砖厂", null), "尧都区",
						"润通砖厂晚上还在冒黑烟。", List.of(ProblemType.AIR), null, null, null, null, null));
		String masterNumber = body(complaint(master)).get("receiptNumber").asString();

		this.mvc
			.perform(get("/public/api/track").param("receiptNumber", online.receiptNumber())
				.param("code", online.queryCode()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("RECEIVED"))
			.andExpect(jsonPath("$.merged").value(false));
		perform(post("/api/complaints/{id}/merge", online.complaintId()), Fixtures.OFFICER,
				Map.of("intoComplaintId", master))
			.andExpect(status().isOk());

		String answer = this.mvc
			.perform(get("/public/api/track").param("receiptNumber", online.receiptNumber())
				.param("code", online.queryCode()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.receiptNumber").value(online.receiptNumber()))
			.andExpect(jsonPath("$.stage").value("ACCEPTED"))
			.andExpect(jsonPath("$.merged").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(answer).as("the other complainant's receipt number stays private").doesNotContain(masterNumber);
	}

	@Test
	void aTeamLeaderUndoesAMergeAndNoOneElseMay() throws Exception {
		UUID master = accepted("尧都区璟瑄洗煤厂", "洗煤厂煤泥乱堆，下雨就流进河里。");
		UUID repeat = accepted("璟瑄洗煤厂", "洗煤厂的煤泥水排进河里。");
		perform(post("/api/complaints/{id}/merge", repeat), Fixtures.OFFICER, Map.of("intoComplaintId", master))
			.andExpect(status().isOk());

		for (String user : List.of(Fixtures.CLERK, Fixtures.OFFICER, Fixtures.FOLLOWUP, Fixtures.HANDLER)) {
			this.mvc.perform(delete("/api/complaints/{id}/merge", repeat).with(as(user)))
				.andExpect(status().isForbidden());
		}
		complaint(repeat).andExpect(jsonPath("$.status").value("MERGED"));

		this.mvc.perform(delete("/api/complaints/{id}/merge", repeat).with(as(Fixtures.LEADER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.relations").isEmpty());
		complaint(repeat).andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.timeline[*].action").value(hasItem("MERGE_UNDONE")));
		complaint(master).andExpect(jsonPath("$.timeline[*].action").value(hasItem("REPEAT_MERGE_UNDONE")));
		assertThat(awaiting()).as("back in the transfer list").contains(repeat);
		this.mvc.perform(delete("/api/complaints/{id}/merge", repeat).with(as(Fixtures.LEADER)))
			.andExpect(status().isConflict());
	}

	@Test
	void refusesDecisionsToRolesOutsideTheTeam() throws Exception {
		UUID master = accepted("尧都区珂翊养殖场", "养殖场粪污直排沟渠。");
		UUID repeat = accepted("珂翊养殖场", "养殖场粪水流到沟里。");
		for (String user : List.of(Fixtures.FOLLOWUP, Fixtures.HANDLER, Fixtures.ADMIN)) {
			perform(post("/api/complaints/{id}/merge", repeat), user, Map.of("intoComplaintId", master))
				.andExpect(status().isForbidden());
			perform(post("/api/complaints/{id}/links", repeat), user, Map.of("complaintId", master))
				.andExpect(status().isForbidden());
			perform(post("/api/complaints/{id}/distinct", repeat), user, Map.of("complaintId", master))
				.andExpect(status().isForbidden());
		}
		complaint(repeat).andExpect(jsonPath("$.status").value("ACCEPTED"));
	}

	@Test
	void refusesToMergeAComplaintAlreadyInATransferBatch() throws Exception {
		UUID master = accepted("尧都区瑜骞化工厂", "化工厂夜里偷排废水，河水发黑。");
		UUID transferred = accepted("瑜骞化工厂", "化工厂往河里排废水。");
		String batchId = body(perform(post("/api/campaigns/{id}/batches", this.campaign.id()), Fixtures.OFFICER,
				Map.of("complaintIds", List.of(transferred))))
			.get("id")
			.asString();
		perform(post("/api/complaints/{id}/merge", transferred), Fixtures.OFFICER, Map.of("intoComplaintId", master))
			.andExpect(status().isConflict());
		this.mvc.perform(post("/api/batches/{id}/transfer", batchId).with(as(Fixtures.OFFICER)))
			.andExpect(status().isOk());
		perform(post("/api/complaints/{id}/merge", transferred), Fixtures.OFFICER, Map.of("intoComplaintId", master))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("complaint.merge.transferred"));
		complaint(transferred).andExpect(jsonPath("$.status").value("ACCEPTED"));
		perform(post("/api/complaints/{id}/merge", master), Fixtures.OFFICER, Map.of("intoComplaintId", master))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("intoComplaintId"));
		perform(post("/api/complaints/{id}/merge", master), Fixtures.OFFICER, Map.of())
			.andExpect(status().isBadRequest());
	}

	@Test
	void refusesToMergeIntoAnotherCampaignsComplaint() throws Exception {
		UUID here = accepted("尧都区璐琰纸厂", "纸厂废水直排。");
		CampaignDetails other = Fixtures.linfenCampaign(this.campaigns);
		UUID there = register(other, "璐琰纸厂", "纸厂排废水。", "2016-11-26T10:00:00+08:00");
		perform(post("/api/complaints/{id}/merge", there), Fixtures.OFFICER, Map.of("intoComplaintId", here))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("intoComplaintId"));
		perform(post("/api/complaints/{id}/links", there), Fixtures.OFFICER, Map.of("complaintId", here))
			.andExpect(status().isOk());
	}

	@Test
	void aLinkIsTheSameFromEitherSide() throws Exception {
		UUID one = accepted("尧都区瑄翊石料厂", "石料厂粉尘大。");
		UUID other = accepted("瑄翊石料厂", "石料厂运输车辆扬尘。");
		perform(post("/api/complaints/{id}/links", one), Fixtures.CLERK, Map.of("complaintId", other))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.relations[0].role").value("LINKED"));
		this.mvc.perform(get("/api/complaints/{id}/relations", other).with(as(Fixtures.CLERK)))
			.andExpect(jsonPath("$.relations[0].role").value("LINKED"))
			.andExpect(jsonPath("$.relations[0].complaintId").value(one.toString()));
		perform(post("/api/complaints/{id}/links", other), Fixtures.CLERK, Map.of("complaintId", one))
			.andExpect(status().isConflict());
		complaint(one).andExpect(jsonPath("$.timeline[*].action").value(hasItem("LINKED")));
		complaint(other).andExpect(jsonPath("$.timeline[*].action").value(hasItem("LINKED")));
		complaint(other).andExpect(jsonPath("$.status").value("ACCEPTED"));

		this.mvc.perform(delete("/api/complaints/{id}/links/{other}", other, one).with(as(Fixtures.OFFICER)))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete("/api/complaints/{id}/links/{other}", other, one).with(as(Fixtures.LEADER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.relations").isEmpty());
		this.mvc.perform(get("/api/complaints/{id}/relations", one).with(as(Fixtures.CLERK)))
			.andExpect(jsonPath("$.relations").isEmpty());
		complaint(one).andExpect(jsonPath("$.timeline[*].action").value(hasItem("LINK_UNDONE")));
	}

	@Test
	void aPairJudgedDistinctIsNotProposedAgainUntilALeaderUndoesIt() throws Exception {
		UUID one = accepted("尧都区琨瑜饭店", "饭店油烟直排，熏得没法开窗。");
		UUID other = accepted("琨瑜饭店", "饭店的油烟熏人，排烟口正对我家窗户。");
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(
					() -> similar(other).andExpect(jsonPath("$.hits[*].complaintId").value(hasItem(one.toString()))));

		perform(post("/api/complaints/{id}/distinct", other), Fixtures.OFFICER, Map.of("complaintId", one))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.relations[0].kind").value("DISTINCT"));
		similar(other).andExpect(jsonPath("$.hits[*].complaintId").value(not(hasItem(one.toString()))));
		similar(one).andExpect(jsonPath("$.hits[*].complaintId").value(not(hasItem(other.toString()))));
		complaint(one).andExpect(jsonPath("$.timeline[*].action").value(hasItem("MARKED_DISTINCT")));

		this.mvc.perform(delete("/api/complaints/{id}/distinct/{other}", one, other).with(as(Fixtures.LEADER)))
			.andExpect(status().isOk());
		similar(other).andExpect(jsonPath("$.hits[*].complaintId").value(hasItem(one.toString())));
	}

	@Test
	void flagsARepeatOfAConcludedCase() throws Exception {
		UUID closed = accepted("尧都区骞珂砖厂", "砖厂夜间冒黑烟，周边村民晾晒的衣物被熏黑。");
		String batchId = body(perform(post("/api/campaigns/{id}/batches", this.campaign.id()), Fixtures.OFFICER,
				Map.of("complaintIds", List.of(closed))))
			.get("id")
			.asString();
		this.mvc.perform(post("/api/batches/{id}/transfer", batchId).with(as(Fixtures.OFFICER)))
			.andExpect(status().isOk());
		String caseId = body(this.mvc
			.perform(get("/api/cases").param("campaignId", this.campaign.id().toString()).with(as(Fixtures.HANDLER))))
			.get(0)
			.get("id")
			.asString();
		perform(post("/api/cases/{id}/sign", caseId), Fixtures.HANDLER,
				Map.of("leaderInCharge", "副区长 某某", "leadUnit", "尧都区生态环境分局", "assistingUnits", "屯里镇人民政府"))
			.andExpect(status().isOk());
		perform(post("/api/cases/{id}/reports", caseId), Fixtures.HANDLER, report()).andExpect(status().isOk());
		perform(post("/api/cases/{id}/reviews", caseId), Fixtures.OFFICER, Map.of("decision", "ACCEPT"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONCLUDED"));

		UUID again = accepted("骞珂砖厂", "砖厂又在夜里冒黑烟了。");
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> similar(again)
				.andExpect(jsonPath("$.hits[?(@.complaintId == '" + closed + "')].repeatOfClosedCase").value(true)));
		perform(post("/api/complaints/{id}/links", again), Fixtures.OFFICER, Map.of("complaintId", closed))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.relations[0].repeatOfClosedCase").value(true));
		complaint(again).andExpect(jsonPath("$.timeline[*].action").value(hasItem("REPEAT_OF_CLOSED_CASE")));
		complaint(closed).andExpect(jsonPath("$.timeline[*].action").value(hasItem("REPEAT_OF_CLOSED_CASE")));
	}

	private List<UUID> awaiting() throws Exception {
		List<UUID> ids = new ArrayList<>();
		body(this.mvc
			.perform(get("/api/campaigns/{id}/awaiting-transfer", this.campaign.id()).with(as(Fixtures.OFFICER))))
			.forEach((node) -> ids.add(UUID.fromString(node.get("id").asString())));
		return ids;
	}

	private ResultActions similar(UUID id) throws Exception {
		return this.mvc.perform(get("/api/complaints/{id}/similar", id).with(as(Fixtures.OFFICER)))
			.andExpect(status().isOk());
	}

	private ResultActions complaint(UUID id) throws Exception {
		return this.mvc.perform(get("/api/complaints/{id}", id).with(as(Fixtures.OFFICER))).andExpect(status().isOk());
	}

	private ResultActions perform(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String user, Map<String, ?> body) throws Exception {
		return this.mvc.perform(request.with(as(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private JsonNode body(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private UUID accepted(String object, String description) {
		UUID id = register(this.campaign, object, description, "2016-11-28T10:00:00+08:00");
		this.intake.screen(id, ScreeningDecision.ACCEPT, null, null, new CurrentOfficer(Fixtures.OFFICER,
				Fixtures.OFFICER, Set.of(Role.TEAM_OFFICER), Jurisdiction.everywhere()));
		return id;
	}

	private UUID register(CampaignDetails in, String object, String description, String at) {
		return this.intake
			.register(in.id(),
					new ComplaintRegistration(OffsetDateTime.parse(at), Channel.PHONE, null, null,
							new ReportedObject(object, null), null, description, List.of(ProblemType.AIR), null, null,
							null, "141002", null),
					Fixtures.CLERK, null)
			.complaint()
			.id();
	}

	static Map<String, Object> report() {
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("findings", List.of(Map.of("allegation", "夜间冒黑烟", "verdict", "TRUE"),
				Map.of("allegation", "持续两个月", "verdict", "FALSE")));
		report.put("verdict", "PARTLY_TRUE");
		report.put("investigation", "经现场核查，该砖厂脱硫设施未正常运行，夜间存在冒黑烟现象。");
		report.put("targetOutcome", "废气达标排放");
		report.put("actions", "责令停产整改，立案处罚。");
		report.put("counts", Map.of("orderedToRectify", 1, "penalisedUnits", 1, "finesYuan", 50000));
		report.put("closure", "CLOSED");
		return report;
	}

}
