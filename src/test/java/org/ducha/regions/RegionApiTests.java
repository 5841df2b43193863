package org.ducha.regions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accounts.OfficerAccounts;

import static org.ducha.Fixtures.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The regions API: resolve, look up, list.
 */
@IntegrationTest
class RegionApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OfficerAccounts accounts;

	@BeforeEach
	void accounts() {
		Fixtures.ensureAccounts(this.accounts);
	}

	@Test
	void resolvesATextToItsDivision() throws Exception {
		this.mvc.perform(get("/api/regions/resolve").param("text", "反映南京鼓楼区某饭店油烟直排").with(as(Fixtures.CLERK)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("320106"))
			.andExpect(jsonPath("$.name").value("鼓楼区"))
			.andExpect(jsonPath("$.level").value("COUNTY"))
			.andExpect(jsonPath("$.matched").value("南京鼓楼区"))
			.andExpect(jsonPath("$.ambiguous").value(false))
			.andExpect(jsonPath("$.alternatives[*].code").value(hasItem("350102")));
	}

	@Test
	void resolvesWithinTheCampaignsRegion() throws Exception {
		this.mvc
			.perform(
					get("/api/regions/resolve").param("text", "鼓楼区").param("within", "350100").with(as(Fixtures.CLERK)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("350102"));
	}

	@Test
	void answersAnAmbiguousTextWithoutACodeButWithItsCandidates() throws Exception {
		this.mvc.perform(get("/api/regions/resolve").param("text", "鼓楼区").with(as(Fixtures.CLERK)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(nullValue()))
			.andExpect(jsonPath("$.ambiguous").value(true))
			.andExpect(jsonPath("$.alternatives", hasSize(4)));
	}

	@Test
	void answersAnUnresolvableTextWithNoCode() throws Exception {
		this.mvc.perform(get("/api/regions/resolve").param("text", "hello").with(as(Fixtures.CLERK)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(nullValue()))
			.andExpect(jsonPath("$.alternatives", hasSize(0)));
		this.mvc.perform(get("/api/regions/resolve").with(as(Fixtures.CLERK)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(nullValue()));
	}

	@Test
	void rejectsAMalformedOrUnknownContext() throws Exception {
		for (String within : new String[] { "abc", "14100", "999999" }) {
			this.mvc.perform(
					get("/api/regions/resolve").param("text", "尧都区").param("within", within).with(as(Fixtures.CLERK)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("within"));
		}
	}

	@Test
	void showsADivisionWithItsPath() throws Exception {
		this.mvc.perform(get("/api/regions/{code}", "141002").with(as(Fixtures.CLERK)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("尧都区"))
			.andExpect(jsonPath("$.level").value("COUNTY"))
			.andExpect(jsonPath("$.parentCode").value("141000"))
			.andExpect(jsonPath("$.path[0]").value("山西省"))
			.andExpect(jsonPath("$.path[2]").value("尧都区"));
	}

	@Test
	void showsTheSuccessorOfAFormerCode() throws Exception {
		this.mvc.perform(get("/api/regions/{code}", "370125").with(as(Fixtures.CLERK)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("370115"));
	}

	@Test
	void answersAnUnknownOrMalformedCodeWithNotFound() throws Exception {
		for (String code : new String[] { "999999", "abc" }) {
			this.mvc.perform(get("/api/regions/{code}", code).with(as(Fixtures.CLERK)))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		this.mvc.perform(get("/api/regions").param("parent", "999999").with(as(Fixtures.CLERK)))
			.andExpect(status().isNotFound());
	}

	@Test
	void listsTheProvincesOrADivisionsChildren() throws Exception {
		this.mvc.perform(get("/api/regions").with(as(Fixtures.CLERK)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(34)))
			.andExpect(jsonPath("$[*].name").value(hasItem("山西省")));
		this.mvc.perform(get("/api/regions").param("parent", "141000").with(as(Fixtures.CLERK)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(hasItem("141002")));
	}

	@Test
	void requiresSignIn() throws Exception {
		this.mvc.perform(get("/api/regions/141002")).andExpect(status().isUnauthorized());
	}

}
