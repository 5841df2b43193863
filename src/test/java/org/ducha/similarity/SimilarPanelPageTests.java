package org.ducha.similarity;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Jurisdiction;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.accounts.Role;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.intake.Channel;
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintQueries;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ComplaintStatus;
import org.ducha.intake.ProblemType;
import org.ducha.intake.ReportedObject;
import org.ducha.intake.ScreeningDecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The similarity panel of the complaint page: merge, link and "not a repeat" buttons per
 * candidate, a refusal shown in the panel, the decisions with an undo for the team leader
 * only; and the problem types the intake form pre-selects from the description.
 */
@IntegrationTest
class SimilarPanelPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	ComplaintQueries complaints;

	CampaignDetails campaign;

	@BeforeEach
	void campaign() {
		Fixtures.ensureAccounts(this.accounts);
		this.campaign = Fixtures.linfenCampaign(this.campaigns);
	}

	@Test
	void mergesFromThePanelAndOnlyALeaderSeesAndUsesUndo() throws Exception {
		UUID master = accepted("尧都区琮璋搅拌站");
		UUID repeat = accepted("琮璋搅拌站");
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(
					() -> this.mvc.perform(get("/complaints/{id}/similar", repeat).with(signedIn(Fixtures.CLERK)))
						.andExpect(status().isOk())
						.andExpect(content().string(containsString("data-complaint=\"" + master + "\"")))
						.andExpect(content().string(containsString("decide-MERGED")))
						.andExpect(content().string(containsString("hx-post="))));

		this.mvc
			.perform(post("/complaints/{id}/similar/decisions", repeat).with(signedIn(Fixtures.CLERK))
				.with(csrf())
				.header("HX-Request", "true")
				.param("kind", "MERGED")
				.param("other", master.toString()))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Refresh", "true"))
			.andExpect(content().string(containsString("id=\"relations\"")))
			.andExpect(content().string(not(containsString("decide-MERGED"))))
			.andExpect(content().string(not(containsString("class=\"link undo\""))));
		assertThat(this.complaints.get(repeat, Jurisdiction.everywhere()).status()).isEqualTo(ComplaintStatus.MERGED);

		this.mvc
			.perform(post("/complaints/{id}/similar/decisions", repeat).with(signedIn(Fixtures.CLERK))
				.with(csrf())
				.header("HX-Request", "true")
				.param("kind", "LINKED")
				.param("other", master.toString()))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("HX-Refresh"))
			.andExpect(content().string(containsString("id=\"decision-errors\"")));

		this.mvc.perform(get("/complaints/{id}/similar", master).with(signedIn(Fixtures.LEADER)))
			.andExpect(content().string(containsString("id=\"merged-count\"")))
			.andExpect(content().string(containsString("class=\"link undo\"")));
		this.mvc
			.perform(post("/complaints/{id}/similar/undo", repeat).with(signedIn(Fixtures.OFFICER))
				.with(csrf())
				.param("kind", "MERGED"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/complaints/{id}/similar/undo", master).with(signedIn(Fixtures.LEADER))
				.with(csrf())
				.param("kind", "MERGED")
				.param("other", repeat.toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.complaints.get(repeat, Jurisdiction.everywhere()).status()).isEqualTo(ComplaintStatus.ACCEPTED);
	}

	@Test
	void preselectsSuggestedProblemTypesUntilTheClerkChoosesOwnOnes() throws Exception {
		this.mvc
			.perform(get("/complaints/problem-type-suggestions").with(signedIn(Fixtures.CLERK))
				.param("description", "工地晚上施工，噪声很大，吵得睡不着"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"NOISE\" id=\"problemTypes-NOISE\" checked")))
			.andExpect(content().string(not(containsString("value=\"AIR\" id=\"problemTypes-AIR\" checked"))))
			.andExpect(content().string(containsString("hx-get=")));
		this.mvc
			.perform(get("/complaints/problem-type-suggestions").with(signedIn(Fixtures.CLERK))
				.param("description", "工地晚上施工，噪声很大，吵得睡不着")
				.param("problemTypes", "AIR"))
			.andExpect(content().string(containsString("value=\"AIR\" id=\"problemTypes-AIR\" checked")))
			.andExpect(content().string(not(containsString("value=\"NOISE\" id=\"problemTypes-NOISE\" checked"))))
			.andExpect(content().string(containsString("id=\"type-suggestion\"")));
	}

	private RequestPostProcessor signedIn(String username) {
		return SecurityMockMvcRequestPostProcessors.user(this.accounts.loadUserByUsername(username));
	}

	private UUID accepted(String object) {
		UUID id = this.intake
			.register(this.campaign.id(),
					new ComplaintRegistration(OffsetDateTime.parse("2016-11-28T10:00:00+08:00"), Channel.PHONE, null,
							null, new ReportedObject(object, null), null, "搅拌站粉尘很大，车辆进出扬尘。", List.of(ProblemType.AIR),
							null, null, null, "141002", null),
					Fixtures.CLERK, null)
			.complaint()
			.id();
		this.intake.screen(id, ScreeningDecision.ACCEPT, null, null, new CurrentOfficer(Fixtures.OFFICER,
				Fixtures.OFFICER, Set.of(Role.TEAM_OFFICER), Jurisdiction.everywhere()));
		return id;
	}

}
