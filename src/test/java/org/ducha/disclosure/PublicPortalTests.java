package org.ducha.disclosure;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.shared.PublicRateLimitsProbe;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public portal's API: filing online returns a receipt number and a query code;
 * tracking needs both and says the same for an unknown number and a wrong code; floods
 * are refused.
 */
@IntegrationTest
class PublicPortalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	CampaignRegistry campaigns;

	@Test
	void filesOnlineAndTracksWithTheQueryCode() throws Exception {
		CampaignDetails campaign = Fixtures.currentCampaign(this.campaigns);
		JsonNode receipt = file(campaign, Map.of("description", "河道里有人夜间倾倒废渣。", "location", "尧都区汾河东岸", "problemTypes",
				List.of("SOLID_WASTE"), "complainant", Map.of("anonymous", true)));
		String number = receipt.get("receiptNumber").asString();
		String code = receipt.get("queryCode").asString();
		assertThat(number).startsWith("W9" + campaign.receiptNumberScheme().unitLetters());
		assertThat(code).hasSize(10);
		this.mvc.perform(get("/public/api/track").param("receiptNumber", number).param("code", code))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("RECEIVED"))
			.andExpect(jsonPath("$.receiptNumber").value(number));
	}

	@Test
	void answersAWrongCodeExactlyLikeAnUnknownNumber() throws Exception {
		CampaignDetails campaign = Fixtures.currentCampaign(this.campaigns);
		JsonNode receipt = file(campaign, Map.of("description", "工厂噪声夜间扰民严重。", "problemTypes", List.of("NOISE"),
				"complainant", Map.of("anonymous", true)));
		String wrongCode = this.mvc
			.perform(get("/public/api/track").param("receiptNumber", receipt.get("receiptNumber").asString())
				.param("code", "WRONGCODE2"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String unknown = this.mvc
			.perform(get("/public/api/track").param("receiptNumber", "W9ZZZZ201612010001").param("code", "WRONGCODE2"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(wrongCode.replaceAll("\"instance\":\"[^\"]*\"", ""))
			.isEqualTo(unknown.replaceAll("\"instance\":\"[^\"]*\"", ""));
	}

	@Test
	void checksOnlineComplaintsByTheSameRules() throws Exception {
		CampaignDetails campaign = Fixtures.currentCampaign(this.campaigns);
		this.mvc
			.perform(
					post("/public/api/campaigns/{id}/complaints", campaign.id()).contentType(MediaType.APPLICATION_JSON)
						.content(this.json.writeValueAsString(Map.of("description", "短", "problemTypes", List.of()))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("description")))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem("problemTypes")));
		CampaignDetails ended = Fixtures.linfenCampaign(this.campaigns);
		this.mvc
			.perform(post("/public/api/campaigns/{id}/complaints", ended.id()).contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("description", "工厂噪声夜间扰民严重。", "problemTypes",
						List.of("NOISE"), "complainant", Map.of("anonymous", true)))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("receivedAt"));
	}

	@Test
	void refusesAFloodOfFilingsFromOneClient() {
		PublicRateLimitsProbe limits = new PublicRateLimitsProbe(3, 100);
		int refused = 0;
		for (int i = 0; i < 10; i++) {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/public/api/campaigns/x/complaints");
			request.setRemoteAddr("10.9.8.7");
			MockHttpServletResponse response = new MockHttpServletResponse();
			if (!limits.allow(request, response)) {
				refused++;
				assertThat(response.getStatus()).isEqualTo(429);
			}
		}
		assertThat(refused).isEqualTo(7);
		MockHttpServletRequest other = new MockHttpServletRequest("POST", "/public/api/campaigns/x/complaints");
		other.setRemoteAddr("10.9.8.8");
		assertThat(limits.allow(other, new MockHttpServletResponse())).isTrue();
	}

	private JsonNode file(CampaignDetails campaign, Map<String, Object> body) throws Exception {
		return this.json.readTree(this.mvc
			.perform(
					post("/public/api/campaigns/{id}/complaints", campaign.id()).contentType(MediaType.APPLICATION_JSON)
						.content(this.json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
