package org.ducha.intake;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 举报人保密: the complainant's contact is ciphertext at rest, opened only for intake and
 * follow-up staff on a stated reason, and every opening is recorded.
 */
@IntegrationTest
class ContactSealTests {

	static final String NAME = "张保密测试";

	static final String PHONE = "13912345678";

	static final String ADDRESS = "尧都区保密路1号";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	OfficerAccounts accounts;

	String complaintId;

	@BeforeEach
	void registerANamedComplaint() throws Exception {
		Fixtures.ensureAccounts(this.accounts);
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		Map<String, Object> body = ComplaintRequests.with(ComplaintRequests.phoneComplaint(), "complainant",
				ComplaintRequests.contact(NAME, PHONE, ADDRESS));
		String response = this.mvc
			.perform(post("/api/campaigns/{id}/complaints", campaign.id()).with(as(Fixtures.CLERK))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.complaintId = this.json.readTree(response).get("id").asString();
	}

	@Test
	void storesOnlyCiphertextInTheDatabase() {
		List<Map<String, Object>> sealed = this.jdbc.sql("SELECT * FROM sealed_contact WHERE complaint_id = ?")
			.param(java.util.UUID.fromString(this.complaintId))
			.query()
			.listOfRows();
		assertThat(sealed).hasSize(1);
		String row = sealed.get(0).toString();
		assertThat(row).doesNotContain(NAME, PHONE, ADDRESS, "13912345678".substring(3));
		String complaintRow = this.jdbc.sql("SELECT * FROM complaint WHERE id = ?")
			.param(java.util.UUID.fromString(this.complaintId))
			.query()
			.listOfRows()
			.toString();
		assertThat(complaintRow).doesNotContain(NAME, PHONE, ADDRESS);
	}

	@Test
	void revealsTheContactToTheIntakeClerkAndRecordsWhoWhenAndWhy() throws Exception {
		reveal(Fixtures.CLERK, "核实举报线索需要联系举报人").andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(NAME))
			.andExpect(jsonPath("$.phone").value(PHONE))
			.andExpect(jsonPath("$.address").value(ADDRESS));
		this.mvc.perform(get("/api/complaints/{id}/contact-reveals", this.complaintId).with(as(Fixtures.LEADER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].revealedBy").value(Fixtures.CLERK))
			.andExpect(jsonPath("$[0].reason").value("核实举报线索需要联系举报人"))
			.andExpect(jsonPath("$[0].revealedAt").isNotEmpty());
	}

	@Test
	void revealsTheContactToTheFollowUpOfficer() throws Exception {
		reveal(Fixtures.FOLLOWUP, "办结后电话回访").andExpect(status().isOk()).andExpect(jsonPath("$.phone").value(PHONE));
	}

	@Test
	void refusesTheContactToTeamOfficersLeadersAdminsAndLocalHandlers() throws Exception {
		for (String user : List.of(Fixtures.OFFICER, Fixtures.LEADER, Fixtures.ADMIN, Fixtures.HANDLER)) {
			reveal(user, "想看看是谁举报的").andExpect(status().isForbidden());
		}
		assertThat(revealCount()).isZero();
	}

	@Test
	void requiresAStatedReason() throws Exception {
		reveal(Fixtures.CLERK, "").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		assertThat(revealCount()).isZero();
	}

	private long revealCount() {
		return this.jdbc.sql("SELECT COUNT(*) FROM contact_reveal WHERE complaint_id = ?")
			.param(java.util.UUID.fromString(this.complaintId))
			.query(Long.class)
			.single();
	}

	private ResultActions reveal(String user, String reason) throws Exception {
		return this.mvc.perform(post("/api/complaints/{id}/contact-reveals", this.complaintId).with(as(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("reason", reason))));
	}

}
