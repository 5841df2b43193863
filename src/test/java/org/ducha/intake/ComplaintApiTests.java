package org.ducha.intake;

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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.Fixtures.as;
import static org.ducha.intake.ComplaintRequests.phoneComplaint;
import static org.ducha.intake.ComplaintRequests.with;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Complaint intake through the JSON API: receipt numbers, the intake rules and their
 * errors, idempotency and screening.
 */
@IntegrationTest
class ComplaintApiTests {

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
	void registersAPhoneComplaintWithAReceiptNumberInTheCampaignScheme() throws Exception {
		String scheme = "D9" + this.campaign.receiptNumberScheme().unitLetters();
		register(phoneComplaint()).andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern("/api/complaints/[0-9a-f-]{36}")))
			.andExpect(jsonPath("$.receiptNumber").value(scheme + "201611250001"))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.problemTypes[0]").value("AIR"))
			.andExpect(jsonPath("$.timeline[0].action").value("REGISTERED"));
		register(with(phoneComplaint(), "channel", "LETTER")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.receiptNumber")
				.value("X9" + this.campaign.receiptNumberScheme().unitLetters() + "201611250001"));
		register(phoneComplaint()).andExpect(jsonPath("$.receiptNumber").value(scheme + "201611250002"));
	}

	@Test
	void readingAComplaintNeverShowsTheComplainant() throws Exception {
		String id = idOf(register(phoneComplaint()));
		this.mvc.perform(get("/api/complaints/{id}", id).with(as(Fixtures.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.complainant").doesNotExist())
			.andExpect(content().string(not(org.hamcrest.Matchers.containsString("13800000001"))))
			.andExpect(content().string(not(org.hamcrest.Matchers.containsString("王测试"))));
	}

	@Test
	void rejectsAPhoneComplaintOutsideHotlineHoursUnlessMarkedAsRecordedMessage() throws Exception {
		Map<String, Object> lateCall = with(phoneComplaint(), "receivedAt", "2016-11-25T21:30:00+08:00");
		register(lateCall).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("recordedMessage")));
		register(with(lateCall, "recordedMessage", true)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.recordedMessage").value(true));
	}

	@Test
	void acceptsALetterAfterTheStayOnlyWithAPostmarkWithinIt() throws Exception {
		Map<String, Object> lateLetter = with(with(phoneComplaint(), "channel", "LETTER"), "receivedAt",
				"2016-12-28T09:00:00+08:00");
		register(lateLetter).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("postmarkDate"));
		register(with(lateLetter, "postmarkDate", "2016-12-26")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("postmarkDate"));
		register(with(lateLetter, "postmarkDate", "2016-12-22")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.postmarkDate").value("2016-12-22"));
	}

	@Test
	void rejectsAComplaintReceivedOutsideTheCampaign() throws Exception {
		register(with(phoneComplaint(), "receivedAt", "2016-11-20T10:00:00+08:00")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("receivedAt"));
		register(with(phoneComplaint(), "receivedAt", "2016-12-24T10:00:00+08:00")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("receivedAt"));
	}

	@Test
	void rejectsADescriptionShorterThanFiveOrLongerThanFiveThousandCharacters() throws Exception {
		register(with(phoneComplaint(), "description", "冒黑烟")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("description"));
		register(with(phoneComplaint(), "description", "烟".repeat(5001))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("description"));
		register(with(phoneComplaint(), "description", "烟".repeat(5000))).andExpect(status().isCreated());
	}

	@Test
	void namesEveryBrokenFieldAndSavesNothing() throws Exception {
		Map<String, Object> bad = with(with(with(phoneComplaint(), "description", ""), "problemTypes", List.of()),
				"regionCode", "14100");
		long before = count();
		register(bad).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("description")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("problemTypes")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("regionCode")))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void answersMalformedJsonAndUnknownEnumValuesWithTheField() throws Exception {
		register(with(phoneComplaint(), "channel", "CARRIER_PIGEON")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("channel"));
		register(with(phoneComplaint(), "receivedAt", "yesterday")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("receivedAt"));
		this.mvc
			.perform(post("/api/campaigns/{id}/complaints", this.campaign.id()).with(as(Fixtures.CLERK))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"channel\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
	}

	@Test
	void rejectsAnAnonymousComplaintThatCarriesContactDetails() throws Exception {
		Map<String, Object> complainant = ComplaintRequests.contact("王测试", "13800000001", null);
		complainant.put("anonymous", true);
		register(with(phoneComplaint(), "complainant", complainant)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("complainant.anonymous"));
		register(with(phoneComplaint(), "complainant", Map.of("anonymous", true))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.anonymous").value(true))
			.andExpect(jsonPath("$.contactable").value(false));
	}

	@Test
	void returnsTheSameComplaintForTheSameIdempotencyKeyAndBody() throws Exception {
		String key = UUID.randomUUID().toString();
		String first = idOf(register(phoneComplaint(), key).andExpect(status().isCreated()));
		register(phoneComplaint(), key).andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.id").value(first));
		assertThat(countInCampaign()).isEqualTo(1);
	}

	@Test
	void rejectsTheSameIdempotencyKeyWithADifferentBody() throws Exception {
		String key = UUID.randomUUID().toString();
		register(phoneComplaint(), key).andExpect(status().isCreated());
		register(with(phoneComplaint(), "wishes", "另一个诉求"), key).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(countInCampaign()).isEqualTo(1);
	}

	@Test
	void acceptsOrHandsOverAReceivedComplaintOnce() throws Exception {
		String accepted = idOf(register(phoneComplaint()));
		screen(accepted, Map.of("decision", "ACCEPT")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.timeline[1].from").value("RECEIVED"))
			.andExpect(jsonPath("$.timeline[1].to").value("ACCEPTED"))
			.andExpect(jsonPath("$.timeline[1].actor").value(Fixtures.OFFICER));
		screen(accepted, Map.of("decision", "HAND_OVER", "reason", "x", "receivingBody", "y"))
			.andExpect(status().isConflict());

		String handedOver = idOf(register(phoneComplaint()));
		screen(handedOver, Map.of("decision", "HAND_OVER")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("reason")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("receivingBody")));
		screen(handedOver, Map.of("decision", "HAND_OVER", "reason", "邻里纠纷，不属于生态环境问题", "receivingBody", "尧都区人民政府"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HANDED_OVER"))
			.andExpect(jsonPath("$.screening.receivingBody").value("尧都区人民政府"));
		this.mvc.perform(get("/api/campaigns/{id}/hand-overs", this.campaign.id()).with(as(Fixtures.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].receivingBody").value("尧都区人民政府"))
			.andExpect(jsonPath("$[0].count").value(1))
			.andExpect(jsonPath("$[0].complaints[0].id").value(handedOver));
	}

	@Test
	void listsComplaintsByFilterWithPaging() throws Exception {
		register(phoneComplaint());
		register(with(with(phoneComplaint(), "problemTypes", List.of("NOISE")), "subType", "施工噪声"))
			.andExpect(status().isCreated());
		register(with(phoneComplaint(), "problemTypes", List.of("NOISE", "AIR"))).andExpect(status().isCreated());
		this.mvc
			.perform(get("/api/complaints").param("campaignId", this.campaign.id().toString())
				.param("problemType", "NOISE")
				.param("size", "1")
				.with(as(Fixtures.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(2))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.content.length()").value(1));
		this.mvc
			.perform(get("/api/complaints").param("campaignId", this.campaign.id().toString())
				.param("status", "NOT_A_STATUS")
				.with(as(Fixtures.OFFICER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
	}

	@Test
	void requiresSignInAndTheClerkRoleToRegister() throws Exception {
		this.mvc
			.perform(post("/api/campaigns/{id}/complaints", this.campaign.id()).contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(phoneComplaint())))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/campaigns/{id}/complaints", this.campaign.id()).with(as(Fixtures.HANDLER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(phoneComplaint())))
			.andExpect(status().isForbidden());
	}

	@Test
	void answersAnUnknownComplaintOrCampaignWith404() throws Exception {
		this.mvc.perform(get("/api/complaints/{id}", UUID.randomUUID()).with(as(Fixtures.OFFICER)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/campaigns/{id}/complaints", UUID.randomUUID()).with(as(Fixtures.CLERK))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(phoneComplaint())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/complaints/{id}", "not-a-uuid").with(as(Fixtures.OFFICER)))
			.andExpect(status().isBadRequest());
	}

	private ResultActions register(Map<String, Object> body) throws Exception {
		return register(body, null);
	}

	private ResultActions register(Map<String, Object> body, String idempotencyKey) throws Exception {
		var request = post("/api/campaigns/{id}/complaints", this.campaign.id()).with(as(Fixtures.CLERK))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return this.mvc.perform(request);
	}

	private ResultActions screen(String id, Map<String, Object> body) throws Exception {
		return this.mvc.perform(post("/api/complaints/{id}/screening", id).with(as(Fixtures.OFFICER))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private String idOf(ResultActions result) throws Exception {
		JsonNode node = this.json.readTree(result.andReturn().getResponse().getContentAsString());
		return node.get("id").asString();
	}

	private long count() throws Exception {
		JsonNode page = this.json.readTree(this.mvc.perform(get("/api/complaints").with(as(Fixtures.OFFICER)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		return page.get("totalElements").asLong();
	}

	private long countInCampaign() throws Exception {
		JsonNode page = this.json.readTree(
				this.mvc
					.perform(get("/api/complaints").param("campaignId", this.campaign.id().toString())
						.with(as(Fixtures.OFFICER)))
					.andReturn()
					.getResponse()
					.getContentAsString());
		return page.get("totalElements").asLong();
	}

}
