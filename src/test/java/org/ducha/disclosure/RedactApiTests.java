package org.ducha.disclosure;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accounts.OfficerAccounts;

import tools.jackson.databind.json.JsonMapper;

import static org.ducha.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/redact}: the text as it would be published, and where the personal
 * data was.
 */
@IntegrationTest
class RedactApiTests {

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
	void removesPhonesAndPrivateNamesButKeepsCompaniesAndOfficials() throws Exception {
		String text = "村民张建国反映王氏化工有限公司夜间偷排，联系电话13912345678，副区长王建军负责包案。";
		this.mvc
			.perform(post("/api/redact").with(as(Fixtures.OFFICER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("text", text))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.text").value(not(containsString("13912345678"))))
			.andExpect(jsonPath("$.text").value(not(containsString("张建国"))))
			.andExpect(jsonPath("$.text").value(containsString("王氏化工有限公司")))
			.andExpect(jsonPath("$.text").value(containsString("副区长王建军")))
			.andExpect(jsonPath("$.spans[*].kind").value(hasItem("MOBILE")))
			.andExpect(jsonPath("$.spans[*].kind").value(hasItem("PERSON_NAME")));
	}

	@Test
	void refusesAMissingOrHugeText() throws Exception {
		this.mvc.perform(
				post("/api/redact").with(as(Fixtures.OFFICER)).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("text"));
		this.mvc
			.perform(post("/api/redact").with(as(Fixtures.OFFICER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("text", "污".repeat(20_001)))))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/redact").with(as(Fixtures.HANDLER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("text", "abc"))))
			.andExpect(status().isForbidden());
	}

}
