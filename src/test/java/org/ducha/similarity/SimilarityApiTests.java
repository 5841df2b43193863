package org.ducha.similarity;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.ducha.intake.Channel;
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ProblemType;
import org.ducha.intake.ReportedObject;

import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;
import static org.ducha.Fixtures.as;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registered complaints are indexed as they arrive; the same site reported again in other
 * words is found with its reasons; a text can be checked before registering; problem
 * types are suggested from the text.
 */
@IntegrationTest
class SimilarityApiTests {

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

	@BeforeEach
	void accounts() {
		Fixtures.ensureAccounts(this.accounts);
	}

	@Test
	void findsTheSameSiteReportedAgainInOtherWords() throws Exception {
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		UUID first = register(campaign, "临汾市尧都区鑫源砖厂有限公司", "尧都区屯里镇东村", "鑫源砖厂每天夜里冒黑烟，衣服都熏黑了。");
		UUID second = register(campaign, "鑫源砖厂", "屯里镇东村北", "东村北边那个砖厂晚上排黑烟，呛得人睡不着。");
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(
					() -> this.mvc.perform(get("/api/complaints/{id}/similar", second).with(as(Fixtures.OFFICER)))
						.andExpect(status().isOk())
						.andExpect(jsonPath("$.hits[*].complaintId").value(hasItem(first.toString()))));
		this.mvc.perform(get("/api/complaints/{id}/similar", UUID.randomUUID()).with(as(Fixtures.OFFICER)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/complaints/{id}/similar", second).with(as(Fixtures.HANDLER)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/similarity/query").with(as(Fixtures.CLERK))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json
					.writeValueAsString(Map.of("text", "鑫源砖厂又冒黑烟了", "reportedObject", "鑫源砖厂", "regionCode", "141002"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[*].complaintId").value(hasItem(first.toString())));
	}

	@Test
	void suggestsProblemTypesFromTheText() throws Exception {
		this.mvc
			.perform(post("/api/classify").with(as(Fixtures.CLERK))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("text", "工地晚上施工，噪声很大，吵得睡不着"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.problemTypes[0].type").value("NOISE"));
		this.mvc.perform(
				post("/api/classify").with(as(Fixtures.CLERK)).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("text"));
	}

	private UUID register(CampaignDetails campaign, String object, String place, String description) {
		return this.intake
			.register(campaign.id(),
					new ComplaintRegistration(OffsetDateTime.parse("2016-12-01T10:00:00+08:00"), Channel.PHONE, null,
							null, new ReportedObject(object, place), place, description, List.of(ProblemType.AIR), null,
							null, null, "141002", null),
					Fixtures.CLERK, null)
			.complaint()
			.id();
	}

}
