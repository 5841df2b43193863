package org.ducha.followup;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Jurisdiction;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.accounts.Role;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.casework.ActionCounts;
import org.ducha.casework.BatchTransfers;
import org.ducha.casework.BatchView;
import org.ducha.casework.CaseFilter;
import org.ducha.casework.CaseHandling;
import org.ducha.casework.CaseQueries;
import org.ducha.casework.CaseStatus;
import org.ducha.casework.Closure;
import org.ducha.casework.FourChecks;
import org.ducha.casework.HandlingReport;
import org.ducha.casework.ReviewDecision;
import org.ducha.casework.Verdict;
import org.ducha.intake.Channel;
import org.ducha.intake.ComplainantDetails;
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ProblemType;
import org.ducha.intake.ScreeningDecision;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ducha.Fixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 回访: every concluded case gets a follow-up — skipped for anonymous complainants — and
 * "not satisfied" sends the case back to its unit.
 */
@IntegrationTest
class FollowUpTests {

	static final CurrentOfficer TEAM = new CurrentOfficer(Fixtures.OFFICER, Fixtures.OFFICER, Set.of(Role.TEAM_OFFICER),
			Jurisdiction.everywhere());

	static final CurrentOfficer HANDLER = new CurrentOfficer(Fixtures.HANDLER, Fixtures.HANDLER,
			Set.of(Role.LOCAL_HANDLER), Jurisdiction.everywhere());

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

	@Autowired
	BatchTransfers transfers;

	@Autowired
	CaseHandling handling;

	@Autowired
	CaseQueries cases;

	@Autowired
	FollowUpDesk desk;

	@Autowired
	org.ducha.stats.Bulletins bulletins;

	@BeforeEach
	void accounts() {
		Fixtures.ensureAccounts(this.accounts);
	}

	@Test
	void opensAFollowUpWhenACaseConcludesAndRecordsTheCall() throws Exception {
		UUID caseId = concludedCase(new ComplainantDetails("周回访", "13300000005", null, false, true));
		awaitFollowUp(caseId, FollowUpStatus.PENDING);
		record(caseId, Fixtures.FOLLOWUP, Map.of("method", "PHONE", "outcome", "SATISFIED", "notes", "群众表示满意"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.outcome").value("SATISFIED"));
		record(caseId, Fixtures.FOLLOWUP, Map.of("method", "PHONE", "outcome", "SATISFIED"))
			.andExpect(status().isNotFound());
		UUID campaignId = this.cases.get(caseId, Jurisdiction.everywhere()).campaignId();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.bulletins.of(campaignId, null, null, null, java.util.Locale.CHINA)
				.satisfaction()
				.get("SATISFIED") == 1L);
	}

	@Test
	void skipsAnonymousComplaintsWithTheReason() {
		UUID caseId = concludedCase(ComplainantDetails.ANONYMOUS);
		FollowUpView skipped = awaitFollowUp(caseId, FollowUpStatus.SKIPPED);
		assertThat(skipped.skipReason()).isEqualTo(FollowUpDesk.ANONYMOUS);
	}

	@Test
	void sendsTheCaseBackWhenTheComplainantIsNotSatisfied() throws Exception {
		UUID caseId = concludedCase(new ComplainantDetails("吴不满", "13300000006", null, false, true));
		awaitFollowUp(caseId, FollowUpStatus.PENDING);
		record(caseId, Fixtures.FOLLOWUP, Map.of("method", "ON_SITE", "outcome", "DISSATISFIED"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("notes"));
		record(caseId, Fixtures.OFFICER, Map.of("method", "PHONE", "outcome", "SATISFIED"))
			.andExpect(status().isForbidden());
		record(caseId, Fixtures.FOLLOWUP,
				Map.of("method", "ON_SITE", "outcome", "DISSATISFIED", "notes", "砖厂夜间仍在冒烟，问题没有解决"))
			.andExpect(status().isCreated());
		assertThat(this.cases.get(caseId, Jurisdiction.everywhere()).status()).isEqualTo(CaseStatus.RETURNED);

		this.handling.submitReport(caseId, report(), HANDLER);
		this.handling.review(caseId, ReviewDecision.ACCEPT, null, FourChecks.CLEAR, TEAM);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.desk.ofCase(caseId)).extracting(FollowUpView::status)
				.containsExactly(FollowUpStatus.DONE, FollowUpStatus.PENDING));
	}

	private FollowUpView awaitFollowUp(UUID caseId, FollowUpStatus status) {
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.desk.ofCase(caseId).isEmpty());
		FollowUpView followUp = this.desk.ofCase(caseId).get(0);
		assertThat(followUp.status()).isEqualTo(status);
		return followUp;
	}

	private ResultActions record(UUID caseId, String user, Map<String, Object> body) throws Exception {
		return this.mvc.perform(post("/api/cases/{id}/followups", caseId).with(as(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private UUID concludedCase(ComplainantDetails complainant) {
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		UUID complaint = this.intake
			.register(campaign.id(),
					new ComplaintRegistration(OffsetDateTime.parse("2016-12-05T10:00:00+08:00"), Channel.PHONE, null,
							null, null, null, "石料厂粉尘很大，附近农田被覆盖。", List.of(ProblemType.AIR), null, null, null, "141002",
							complainant),
					Fixtures.CLERK, null)
			.complaint()
			.id();
		this.intake.screen(complaint, ScreeningDecision.ACCEPT, null, null, TEAM);
		BatchView batch = this.transfers.compose(campaign.id(), List.of(), Set.of(), Set.of(), Fixtures.OFFICER);
		this.transfers.transfer(batch.id(), Fixtures.OFFICER);
		UUID caseId = this.cases
			.search(new CaseFilter(campaign.id(), null, null, null, null), Jurisdiction.everywhere())
			.get(0)
			.id();
		this.handling.sign(caseId, null, "尧都区生态环境分局", null, HANDLER);
		this.handling.submitReport(caseId, report(), HANDLER);
		this.handling.review(caseId, ReviewDecision.ACCEPT, null, FourChecks.CLEAR, TEAM);
		return caseId;
	}

	static HandlingReport report() {
		return new HandlingReport(List.of(), Verdict.TRUE, "经核查属实，已责令整改。", "粉尘达标", "责令整改，加装喷淋抑尘设施。",
				new ActionCounts(1, 0, 0, 0, 0, 0, 0, 0, 0), null, Closure.CLOSED, null);
	}

}
