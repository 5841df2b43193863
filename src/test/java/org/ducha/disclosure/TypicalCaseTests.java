package org.ducha.disclosure;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 典型案例: the team writes a case up, a team leader publishes it on the portal with personal
 * details taken out, and may withdraw it; the public sees only what is published.
 */
@IntegrationTest
class TypicalCaseTests {

	static final String TEXT = "经查，临汾市某焦化有限公司夜间偷排焦炉烟气。举报人张三丰（电话13912345678）反映属实，" + "执法人员责令其停产整改并处罚款50万元，对分管副县长进行约谈。";

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
	void campaign() {
		Fixtures.ensureAccounts(this.accounts);
		this.campaign = Fixtures.linfenCampaign(this.campaigns);
	}

	@Test
	void aLeaderPublishesAWrittenUpCaseOnThePortalWithoutThePersonalDetails() throws Exception {
		String id = this.json
			.readTree(write(Fixtures.OFFICER, Map.of("title", "某焦化公司夜间偷排被处罚", "regionCode", "141002", "body", TEXT))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value("DRAFT"))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("id")
			.asString();
		published().andExpect(jsonPath("$", hasSize(0)));

		this.mvc.perform(post("/api/typical-cases/{id}/publish", id).with(as(Fixtures.OFFICER)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/typical-cases/{id}/publish", id).with(as(Fixtures.LEADER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.publishedBy").value(Fixtures.LEADER));
		String answer = published().andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].title").value("某焦化公司夜间偷排被处罚"))
			.andExpect(jsonPath("$[0].body").value(containsString("责令其停产整改")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(answer).doesNotContain("13912345678").doesNotContain("张三丰");
		this.mvc.perform(get("/public/campaigns/{id}/typical-cases", this.campaign.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("责令其停产整改")))
			.andExpect(content().string(not(containsString("13912345678"))));

		this.mvc
			.perform(put("/api/typical-cases/{id}", id).with(as(Fixtures.OFFICER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("title", "改", "body", "改"))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("typicalCase.published"));
		this.mvc.perform(post("/api/typical-cases/{id}/withdraw", id).with(as(Fixtures.LEADER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"));
		published().andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(post("/api/typical-cases/{id}/withdraw", id).with(as(Fixtures.LEADER)))
			.andExpect(status().isConflict());
	}

	@Test
	void refusesADraftWithoutTitleOrTextOrWithAnUnknownCaseNamingTheFields() throws Exception {
		write(Fixtures.OFFICER, Map.of("title", " ", "regionCode", "1410", "caseIds", List.of(UUID.randomUUID())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					org.hamcrest.Matchers.containsInAnyOrder("title", "body", "regionCode", "caseIds")));
		write(Fixtures.OFFICER, Map.of("title", "x".repeat(201), "body", "正文")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"))
			.andExpect(jsonPath("$.errors[0].code").value("field.tooLong"));
		this.mvc.perform(get("/api/campaigns/{id}/typical-cases", this.campaign.id()).with(as(Fixtures.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
		write(Fixtures.HANDLER, Map.of("title", "t", "body", "b")).andExpect(status().isForbidden());
	}

	@Test
	void theTeamWritesACaseUpOnItsPageAndSeesTheFormMessage() throws Exception {
		var officer = user(this.accounts.loadUserByUsername(Fixtures.OFFICER));
		this.mvc
			.perform(post("/campaigns/{id}/typical-cases", this.campaign.id()).with(officer)
				.with(csrf())
				.param("title", "")
				.param("body", "正文"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attributeExists("errors"));
		this.mvc
			.perform(post("/campaigns/{id}/typical-cases", this.campaign.id()).with(officer)
				.with(csrf())
				.param("title", "某砖厂违法排污案")
				.param("body", "砖厂脱硫设施闲置，已责令整改。"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/campaigns/{id}/typical-cases", this.campaign.id()).with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("某砖厂违法排污案")));
	}

	private ResultActions write(String user, Map<String, ?> body) throws Exception {
		return this.mvc.perform(post("/api/campaigns/{id}/typical-cases", this.campaign.id()).with(as(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private ResultActions published() throws Exception {
		return this.mvc.perform(get("/public/api/campaigns/{id}/typical-cases", this.campaign.id()))
			.andExpect(status().isOk());
	}

}
