package org.ducha.intake;

import java.util.Map;

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
import static org.ducha.intake.ComplaintRequests.phoneComplaint;
import static org.ducha.intake.ComplaintRequests.with;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 对号入座 at intake: the county is read from the text within the campaign's region, shown
 * with how sure it is, left open when ambiguous, flagged when outside the inspected
 * region, and corrected by an officer on the record.
 */
@IntegrationTest
class RoutingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	OfficerAccounts accounts;

	CampaignDetails campaign;

	@BeforeEach
	void setUp() {
		Fixtures.ensureAccounts(this.accounts);
		this.campaign = Fixtures.linfenCampaign(this.campaigns);
	}

	@Test
	void routesAComplaintToTheCountyNamedInItsLocation() throws Exception {
		register(unrouted("临汾市尧都区屯里镇东村北的砖厂")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.regionCode").value("141002"))
			.andExpect(jsonPath("$.routing.source").value("RESOLVED"))
			.andExpect(jsonPath("$.routing.suggestedCode").value("141002"))
			.andExpect(jsonPath("$.routing.outsideInspectedRegion").value(false));
	}

	@Test
	void readsAShortCountyNameWithinTheCampaignsRegion() throws Exception {
		register(unrouted("尧都屯里镇东村")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.regionCode").value("141002"));
	}

	@Test
	void leavesTheRegionOpenWhenTheTextNamesNoPlace() throws Exception {
		register(unrouted("河边有人倾倒垃圾")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.regionCode").doesNotExist());
	}

	@Test
	void flagsAComplaintOutsideTheInspectedRegion() throws Exception {
		register(unrouted("太原市小店区某化工厂")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.regionCode").value("140105"))
			.andExpect(jsonPath("$.routing.outsideInspectedRegion").value(true));
	}

	@Test
	void refusesARegionCodeThatDoesNotExist() throws Exception {
		register(with(phoneComplaint(), "regionCode", "999999")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("regionCode"));
	}

	@Test
	void letsAnOfficerCorrectTheRegionOnTheRecord() throws Exception {
		String id = this.json.readTree(register(unrouted("尧都区屯里镇")).andReturn().getResponse().getContentAsString())
			.get("id")
			.asString();
		this.mvc
			.perform(post("/api/complaints/{id}/region", id).with(as(Fixtures.OFFICER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("regionCode", "141021", "reason", "现场核实位于曲沃县"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.regionCode").value("141021"))
			.andExpect(jsonPath("$.routing.source").value("OFFICER"))
			.andExpect(jsonPath("$.timeline[*].action").value(hasItem("REGION_SET")));
		this.mvc
			.perform(post("/api/complaints/{id}/region", id).with(as(Fixtures.OFFICER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"regionCode\":\"14\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void previewsTheRoutingWhileTheClerkTypes() throws Exception {
		this.mvc
			.perform(get("/api/campaigns/{id}/routing-preview", this.campaign.id()).param("text", "曲沃县史村镇")
				.with(as(Fixtures.CLERK)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("141021"))
			.andExpect(jsonPath("$.confident").value(true));
	}

	private Map<String, Object> unrouted(String location) {
		Map<String, Object> body = with(phoneComplaint(), "location", location);
		body.remove("regionCode");
		body.put("reportedObject", Map.of("name", "某厂"));
		body.put("description", "工厂夜间排放刺鼻气体，附近居民难以入睡。");
		return body;
	}

	private ResultActions register(Map<String, Object> body) throws Exception {
		return this.mvc.perform(post("/api/campaigns/{id}/complaints", this.campaign.id()).with(as(Fixtures.CLERK))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

}
