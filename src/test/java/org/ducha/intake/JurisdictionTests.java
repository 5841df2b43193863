package org.ducha.intake;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;

import tools.jackson.databind.json.JsonMapper;

import static org.ducha.Fixtures.as;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A local handler sees only its own regions' complaints, in lists and by id; team staff
 * see all.
 */
@IntegrationTest
class JurisdictionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	OfficerAccounts accounts;

	CampaignDetails campaign;

	String yaodu;

	String quwo;

	@BeforeEach
	void registerOneComplaintInEachCounty() throws Exception {
		Fixtures.ensureAccounts(this.accounts);
		this.campaign = Fixtures.linfenCampaign(this.campaigns);
		this.yaodu = register("141002");
		this.quwo = register("141021");
	}

	@Test
	void showsAHandlerOnlyItsOwnCountysComplaints() throws Exception {
		this.mvc
			.perform(get("/api/complaints").param("campaignId", this.campaign.id().toString())
				.with(as(Fixtures.HANDLER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[*].id").value(hasItem(this.yaodu)))
			.andExpect(jsonPath("$.content[*].regionCode").value(everyItem(startsWith("141002"))));
		this.mvc.perform(get("/api/complaints/{id}", this.yaodu).with(as(Fixtures.HANDLER))).andExpect(status().isOk());
		this.mvc.perform(get("/api/complaints/{id}", this.quwo).with(as(Fixtures.HANDLER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void keepsTheFilterEvenWhenTheHandlerAsksForAnotherRegion() throws Exception {
		this.mvc
			.perform(get("/api/complaints").param("campaignId", this.campaign.id().toString())
				.param("regionCode", "141021")
				.with(as(Fixtures.HANDLER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(0));
		this.mvc
			.perform(get("/api/complaints").param("campaignId", this.campaign.id().toString())
				.with(as(Fixtures.OTHER_HANDLER)))
			.andExpect(jsonPath("$.content[*].id").value(hasItem(this.quwo)))
			.andExpect(jsonPath("$.content[*].id").value(not(hasItem(this.yaodu))));
	}

	@Test
	void showsTeamStaffEveryRegion() throws Exception {
		this.mvc
			.perform(get("/api/complaints").param("campaignId", this.campaign.id().toString())
				.with(as(Fixtures.OFFICER)))
			.andExpect(jsonPath("$.totalElements").value(2));
	}

	@Test
	void refusesScreeningToAHandler() throws Exception {
		this.mvc
			.perform(post("/api/complaints/{id}/screening", this.yaodu).with(as(Fixtures.HANDLER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\":\"ACCEPT\"}"))
			.andExpect(status().isForbidden());
	}

	private String register(String regionCode) throws Exception {
		Map<String, Object> body = ComplaintRequests.with(ComplaintRequests.phoneComplaint(), "regionCode", regionCode);
		String response = this.mvc
			.perform(post("/api/campaigns/{id}/complaints", this.campaign.id()).with(as(Fixtures.CLERK))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(response).get("id").asString();
	}

}
