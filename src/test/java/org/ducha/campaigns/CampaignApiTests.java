package org.ducha.campaigns;

import java.util.LinkedHashMap;
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

import tools.jackson.databind.json.JsonMapper;

import static org.ducha.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Setting up a campaign and publishing its notice.
 */
@IntegrationTest
class CampaignApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	OfficerAccounts accounts;

	@BeforeEach
	void accounts() {
		Fixtures.ensureAccounts(this.accounts);
	}

	@Test
	void setsUpACampaignWithItsHotlinePoBoxHoursAndScheme() throws Exception {
		String id = idOf(open(campaign(letters())).andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.hotlineHours").value("9:00-12:00,14:30-19:30"))
			.andExpect(jsonPath("$.receiptNumberScheme.round").value("2"))
			.andExpect(jsonPath("$.reportDueDays").value(7))
			.andExpect(jsonPath("$.scope").value(containsString("交由被督察地方处理"))));
		this.mvc.perform(get("/api/campaigns/{id}", id).with(as(Fixtures.CLERK)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.poBox").value("雅安市12369信箱"));
		this.mvc.perform(get("/api/campaigns").with(as(Fixtures.CLERK)))
			.andExpect(jsonPath("$[*].id").value(hasItem(id)));
	}

	@Test
	void publishesTheNoticeWithoutSignIn() throws Exception {
		String id = idOf(open(campaign(letters())));
		this.mvc.perform(get("/campaigns/{id}/notice", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("雅安市12369信箱")))
			.andExpect(content().string(containsString("0835-2222222")))
			.andExpect(content().string(containsString("9:00-12:00,14:30-19:30")));
	}

	@Test
	void namesEveryMissingOrWrongField() throws Exception {
		Map<String, Object> bad = new LinkedHashMap<>(campaign(letters()));
		bad.put("inspectedRegionCode", "5118");
		bad.put("endDate", "2018-11-01");
		bad.put("hotlineHours", "8点到20点");
		bad.remove("poBox");
		open(bad).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("inspectedRegionCode")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("endDate")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("hotlineHours")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("poBox")));
	}

	@Test
	void refusesASecondCampaignWithTheSameReceiptScheme() throws Exception {
		String letters = letters();
		open(campaign(letters)).andExpect(status().isCreated());
		open(campaign(letters)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("receiptUnitLetters"));
	}

	@Test
	void letsOnlyAdminsAndTeamLeadersSetUpCampaigns() throws Exception {
		Map<String, Object> body = campaign(letters());
		open(body, Fixtures.CLERK).andExpect(status().isForbidden());
		open(body, Fixtures.ADMIN).andExpect(status().isCreated());
	}

	static String letters() {
		StringBuilder letters = new StringBuilder();
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		for (int i = 0; i < 4; i++) {
			letters.append((char) ('A' + random.nextInt(26)));
		}
		return letters.toString();
	}

	static Map<String, Object> campaign(String unitLetters) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("teamName", "四川省第二生态环境保护督察组");
		body.put("inspectedRegionCode", "511800");
		body.put("inspectedRegionName", "雅安市");
		body.put("startDate", "2018-11-25");
		body.put("endDate", "2018-12-25");
		body.put("hotlinePhone", "0835-2222222");
		body.put("poBox", "雅安市12369信箱");
		body.put("hotlineHours", "9:00-12:00,14:30-19:30");
		body.put("receiptNumberScheme", Map.of("round", "2", "unitLetters", unitLetters));
		return body;
	}

	private ResultActions open(Map<String, Object> body) throws Exception {
		return open(body, Fixtures.LEADER);
	}

	private ResultActions open(Map<String, Object> body, String user) throws Exception {
		return this.mvc.perform(post("/api/campaigns").with(as(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private String idOf(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asString();
	}

}
