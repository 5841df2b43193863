package org.ducha.rectification;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rectification pages: forms answer bad input with messages and save nothing, the
 * settings change what the close-out does, and only the right roles get in.
 */
@IntegrationTest
class RectificationPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	RectificationPlanning planning;

	CampaignDetails campaign;

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return user(this.accounts.loadUserByUsername(username));
	}

	@BeforeEach
	void campaign() {
		Fixtures.ensureAccounts(this.accounts);
		this.campaign = Fixtures.currentCampaign(this.campaigns);
	}

	@Test
	void showsTheOverviewToTheTeamAndTheCountyButNotToAClerk() throws Exception {
		this.mvc.perform(get("/campaigns/{id}/rectification", this.campaign.id()).with(as(Fixtures.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("整改预警看板")));
		this.mvc.perform(get("/campaigns/{id}/rectification", this.campaign.id()).with(as(Fixtures.HANDLER)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/campaigns/{id}/rectification", this.campaign.id()).with(as(Fixtures.CLERK)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/public/campaigns/{id}/rectification", this.campaign.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("目前没有正在公示的整改任务")));
	}

	@Test
	void answersAnIncompletePlanFormWithMessagesAndSavesNothing() throws Exception {
		this.mvc
			.perform(post("/campaigns/{id}/rectification/plans", this.campaign.id()).with(as(Fixtures.OFFICER))
				.with(csrf())
				.param("title", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("errors"));
		assertThat(this.planning.plans(this.campaign.id())).isEmpty();
		this.mvc
			.perform(post("/campaigns/{id}/rectification/plans", this.campaign.id()).with(as(Fixtures.OFFICER))
				.with(csrf())
				.param("title", "整改方案")
				.param("fedBackOn", LocalDate.now().toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.planning.plans(this.campaign.id())).singleElement()
			.satisfies((plan) -> assertThat(plan.title()).isEqualTo("整改方案"));
	}

	@Test
	void letsALeaderChangeTheNoticeLengthWithinItsLimits() throws Exception {
		this.mvc
			.perform(post("/campaigns/{id}/rectification/settings", this.campaign.id()).with(as(Fixtures.LEADER))
				.with(csrf())
				.param("noticeDays", "0")
				.param("lookbackMonths", "12")
				.param("reminderDays", "3")
				.param("slipTolerance", "10"))
			.andExpect(flash().attributeExists("errors"));
		assertThat(this.planning.settings(this.campaign.id()).noticeDays()).isEqualTo(10);
		this.mvc
			.perform(post("/campaigns/{id}/rectification/settings", this.campaign.id()).with(as(Fixtures.LEADER))
				.with(csrf())
				.param("noticeDays", "7")
				.param("lookbackMonths", "6")
				.param("reminderDays", "5")
				.param("slipTolerance", "15"))
			.andExpect(flash().attributeCount(0));
		assertThat(this.planning.settings(this.campaign.id())).isEqualTo(new SettingsView(7, 6, 5, 15));
		this.mvc
			.perform(post("/campaigns/{id}/rectification/settings", this.campaign.id()).with(as(Fixtures.OFFICER))
				.with(csrf())
				.param("noticeDays", "3"))
			.andExpect(status().isForbidden());
	}

}
