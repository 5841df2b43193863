package org.ducha.accountability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;

import tools.jackson.databind.json.JsonMapper;

import static org.ducha.Fixtures.as;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 问责: a summons is recorded with its target, reason, deciding body, document number and
 * requirements, followed up, counted by form; incomplete records are refused.
 */
@IntegrationTest
class AccountabilityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	CampaignRegistry campaigns;

	CampaignDetails campaign;

	@BeforeEach
	void setUp() {
		Fixtures.ensureAccounts(this.accounts);
		this.campaign = Fixtures.linfenCampaign(this.campaigns);
	}

	@Test
	void recordsASummonsAndItsFollowUp() throws Exception {
		String id = this.json
			.readTree(record(summons()).andExpect(status().isCreated())
				.andExpect(jsonPath("$.form").value("SUMMONS"))
				.andExpect(jsonPath("$.fulfilled").value(false))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("id")
			.asString();
		this.mvc
			.perform(post("/api/accountability/{id}/follow-up", id).with(as(Fixtures.LEADER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("followUp", "已按期报送整改报告", "fulfilled", true))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fulfilled").value(true));
		this.mvc
			.perform(get("/api/accountability").param("campaignId", this.campaign.id().toString())
				.with(as(Fixtures.LEADER)))
			.andExpect(jsonPath("$[*].id").value(hasItem(id)));
		this.mvc
			.perform(get("/api/accountability/totals").param("campaignId", this.campaign.id().toString())
				.with(as(Fixtures.LEADER)))
			.andExpect(jsonPath("$.SUMMONS").value(1))
			.andExpect(jsonPath("$.REFERRED_TO_POLICE").value(0));
	}

	@Test
	void refusesAnIncompleteRecordAndOtherRoles() throws Exception {
		Map<String, Object> incomplete = new LinkedHashMap<>(summons());
		incomplete.remove("decidingBody");
		incomplete.put("dueDate", "2016-11-01");
		record(incomplete).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("decidingBody")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("dueDate")));
		this.mvc
			.perform(post("/api/accountability").with(as(Fixtures.HANDLER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(summons())))
			.andExpect(status().isForbidden());
	}

	@Test
	void recordsThroughThePageAndListsIt() throws Exception {
		var leader = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(this.accounts.loadUserByUsername(Fixtures.LEADER));
		this.mvc
			.perform(post("/campaigns/{id}/accountability", this.campaign.id()).with(leader)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("targetType", "UNIT")
				.param("targetName", "屯里镇人民政府")
				.param("form", "CIRCULATED_CRITICISM")
				.param("reason", "对群众举报问题敷衍应付")
				.param("decidedOn", "2016-12-12")
				.param("decidingBody", "山西省环境保护督察组"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/campaigns/{id}/accountability", this.campaign.id()).with(leader))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("屯里镇人民政府")));
	}

	private Map<String, Object> summons() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("campaignId", this.campaign.id().toString());
		body.put("targetType", "PERSON");
		body.put("targetName", "尧都区生态环境分局局长");
		body.put("post", "局长");
		body.put("rank", "正科级");
		body.put("form", "SUMMONS");
		body.put("reason", "群众反复举报的砖厂冒黑烟问题长期未解决");
		body.put("caseIds", List.of(UUID.randomUUID().toString()));
		body.put("decidedOn", "2016-12-10");
		body.put("decidingBody", "山西省环境保护督察组");
		body.put("documentNumber", "晋环督〔2016〕12号");
		body.put("requirements", "30日内报送整改情况");
		body.put("dueDate", "2017-01-09");
		return body;
	}

	private ResultActions record(Map<String, Object> body) throws Exception {
		return this.mvc.perform(post("/api/accountability").with(as(Fixtures.LEADER))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

}
