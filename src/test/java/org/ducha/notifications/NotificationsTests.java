package org.ducha.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Jurisdiction;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.accounts.Role;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.casework.BatchTransfers;
import org.ducha.casework.BatchView;
import org.ducha.casework.CaseHandling;
import org.ducha.casework.CaseQueries;
import org.ducha.casework.CaseReminded;
import org.ducha.casework.CaseView;
import org.ducha.casework.Closure;
import org.ducha.casework.FourChecks;
import org.ducha.casework.HandlingReport;
import org.ducha.casework.ReviewDecision;
import org.ducha.casework.Verdict;
import org.ducha.disclosure.DisclosureDesk;
import org.ducha.intake.ComplainantDetails;
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ScreeningDecision;
import org.ducha.intake.contact.ContactVault;
import org.ducha.shared.RegionCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ducha.Fixtures.as;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What is sent to whom: the county's handlers learn of a new batch, deadlines reach the
 * handlers and (supervised, overdue) the leaders, the complainant gets a receipt by SMS
 * when contactable, a campaign can switch a kind off; the inbox and its API.
 */
@IntegrationTest
class NotificationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	OfficerAddresses addresses;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	BatchTransfers batches;

	@Autowired
	Outbox outbox;

	@Autowired
	NotificationInbox inbox;

	@Autowired
	NoticeSwitches switches;

	@Autowired
	ContactVault contacts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Autowired
	CaseQueries cases;

	@Autowired
	CaseHandling handling;

	@Autowired
	DisclosureDesk disclosures;

	@BeforeEach
	void accounts() {
		NoticeScenario.ensureAccounts(this.accounts, this.addresses);
	}

	@Test
	void aTransferredBatchReachesTheInboxOfTheCountysHandlersOnly() throws Exception {
		BatchView batch = NoticeScenario.transferOne(this.batches, this.intake, this.campaigns);
		List<Map<String, Object>> rows = rows(batch.campaignId());
		assertThat(rows).allSatisfy((row) -> {
			assertThat(row.get("kind")).isEqualTo("BATCH_ARRIVED");
			assertThat(row.get("status")).isEqualTo("PENDING");
		});
		assertThat(rows).extracting((row) -> row.get("recipient") + "/" + row.get("channel"))
			.contains(Fixtures.HANDLER + "/IN_APP", NoticeScenario.MAIL_HANDLER + "/IN_APP",
					NoticeScenario.MAIL_HANDLER + "/EMAIL")
			.doesNotContain(Fixtures.OTHER_HANDLER + "/IN_APP", Fixtures.OFFICER + "/IN_APP")
			.doesNotHaveDuplicates();

		long unreadBefore = this.inbox.unreadCount(Fixtures.HANDLER);
		this.outbox.deliverDue(this.clock.instant());
		assertThat(this.inbox.unreadCount(Fixtures.HANDLER)).isGreaterThan(unreadBefore);
		String team = this.campaigns.get(batch.campaignId()).teamName();
		InboxEntry entry = this.inbox.of(Fixtures.HANDLER, Locale.SIMPLIFIED_CHINESE, 500)
			.stream()
			.filter((e) -> e.subject().contains(team))
			.findFirst()
			.orElseThrow();
		assertThat(entry.subject()).isEqualTo(team + "第1批交办件已到达");
		assertThat(entry.body()).contains("尧都区");
		assertThat(entry.link()).isEqualTo("/cases?campaignId=" + batch.campaignId());
		assertThat(this.inbox.of(Fixtures.OTHER_HANDLER, Locale.SIMPLIFIED_CHINESE, 500))
			.noneMatch((e) -> e.subject().contains(team));

		this.mvc.perform(get("/api/notifications").with(as(Fixtures.HANDLER)).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].subject").value(hasItem(team + ": batch 1 has arrived")));
		this.mvc.perform(post("/api/notifications/{id}/read", entry.id()).with(as(Fixtures.OTHER_HANDLER)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/notifications/{id}/read", entry.id()).with(as(Fixtures.HANDLER)))
			.andExpect(status().isNoContent());
		assertThat(this.inbox.of(Fixtures.HANDLER, Locale.SIMPLIFIED_CHINESE, 500))
			.filteredOn((e) -> e.id().equals(entry.id()))
			.singleElement()
			.satisfies((e) -> assertThat(e.unread()).isFalse());
	}

	@Test
	void theInboxPageShowsTheNoticeAndTheNavigationTheUnreadCount() throws Exception {
		BatchView batch = NoticeScenario.transferOne(this.batches, this.intake, this.campaigns);
		this.outbox.deliverDue(this.clock.instant());
		String team = this.campaigns.get(batch.campaignId()).teamName();
		String page = this.mvc
			.perform(get("/notifications").with(user(this.accounts.loadUserByUsername(Fixtures.HANDLER))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(team + "第1批交办件已到达").contains("id=\"unread-count\"");
	}

	@Test
	void deadlinesReachTheHandlersAndOverdueSupervisedCasesTheLeaders() {
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		UUID caseId = UUID.randomUUID();
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(new CaseReminded(caseId,
				campaign.id(), "141002", LocalDate.of(2016, 12, 5), true, true, "D3HN201611280001", false)));
		// the same reminder again (a redelivered event) adds nothing
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(new CaseReminded(caseId,
				campaign.id(), "141002", LocalDate.of(2016, 12, 5), true, true, "D3HN201611280001", false)));
		List<Map<String, Object>> rows = rows(campaign.id());
		assertThat(rows).extracting((row) -> row.get("kind") + "/" + row.get("recipient") + "/" + row.get("channel"))
			.contains("REPORT_OVERDUE/" + Fixtures.HANDLER + "/IN_APP",
					"SUPERVISED_OVERDUE/" + Fixtures.LEADER + "/IN_APP")
			.doesNotContain("REPORT_OVERDUE/" + Fixtures.OTHER_HANDLER + "/IN_APP",
					"SUPERVISED_OVERDUE/" + Fixtures.OFFICER + "/IN_APP")
			.doesNotHaveDuplicates();
	}

	@Test
	void aContactableComplainantGetsTheReceiptBySmsAndAnAnonymousOneNothing() {
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		UUID named = NoticeScenario.register(this.intake, campaign,
				new ComplainantDetails("王通知", "13912345678", null, false, true));
		UUID refused = NoticeScenario.register(this.intake, campaign,
				new ComplainantDetails("李不联系", "13912340000", null, false, false));
		UUID anonymous = NoticeScenario.register(this.intake, campaign, ComplainantDetails.ANONYMOUS);

		List<Map<String, Object>> rows = rows(campaign.id());
		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.get("kind")).isEqualTo("COMPLAINT_RECEIVED");
			assertThat(row.get("channel")).isEqualTo("SMS");
			assertThat(row.get("recipient")).isEqualTo(Outbox.COMPLAINANT);
			assertThat(row.get("complaint_id")).isEqualTo(named);
			assertThat(row.get("args").toString()).doesNotContain("13912345678").doesNotContain("王通知");
		});
		assertThat(rows).noneMatch((row) -> refused.equals(row.get("complaint_id")))
			.noneMatch((row) -> anonymous.equals(row.get("complaint_id")));

		this.outbox.deliverDue(this.clock.instant());
		assertThat(rows(campaign.id())).singleElement()
			.satisfies((row) -> assertThat(row.get("status")).isEqualTo("SENT"));
		assertThat(this.contacts.revealsOf(named)).singleElement()
			.satisfies((reveal) -> assertThat(reveal.revealedBy()).isEqualTo(ContactVault.NOTIFICATIONS));
	}

	@Test
	void aCaseTellsTheTeamOfItsReportAndExtensionAndTheComplainantOfEachStepUpToThePublishedResult() {
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		UUID complaint = NoticeScenario.register(this.intake, campaign,
				new ComplainantDetails("王通知", "13912345678", null, false, true));
		this.intake.screen(complaint, ScreeningDecision.ACCEPT, null, null, NoticeScenario.TEAM_OFFICER);
		BatchView batch = this.batches.compose(campaign.id(), List.of(complaint), Set.of(), Set.of(), Fixtures.OFFICER);
		this.batches.transfer(batch.id(), Fixtures.OFFICER);
		CaseView caseView = this.cases.forComplaint(complaint).orElseThrow();
		CurrentOfficer handler = new CurrentOfficer(Fixtures.HANDLER, Fixtures.HANDLER, Set.of(Role.LOCAL_HANDLER),
				Jurisdiction.of(Set.of(new RegionCode("141002"))));
		this.handling.sign(caseView.id(), null, null, null, handler);
		this.handling.requestExtension(caseView.id(), caseView.reportDue().plusDays(5), "需补充监测数据", handler);
		this.handling.submitReport(caseView.id(), new HandlingReport(List.of(), Verdict.TRUE, "经现场核查，砖厂夜间确有冒黑烟现象。",
				"达标排放", "责令整改。", null, null, Closure.CLOSED, null), handler);
		this.handling.review(caseView.id(), ReviewDecision.ACCEPT, null, FourChecks.CLEAR, NoticeScenario.TEAM_OFFICER);
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.disclosures.ofBatch(batch.id()).isEmpty());
		this.disclosures.publish(batch.id(), null, Fixtures.OFFICER);

		assertThat(rows(campaign.id()))
			.extracting((row) -> row.get("kind") + "/" + row.get("recipient") + "/" + row.get("channel"))
			.contains("COMPLAINT_RECEIVED/complainant/SMS", "COMPLAINT_ACCEPTED/complainant/SMS",
					"BATCH_ARRIVED/" + Fixtures.HANDLER + "/IN_APP",
					"EXTENSION_REQUESTED/" + Fixtures.OFFICER + "/IN_APP",
					"EXTENSION_REQUESTED/" + Fixtures.LEADER + "/IN_APP",
					"REPORT_SUBMITTED/" + Fixtures.OFFICER + "/IN_APP",
					"REPORT_SUBMITTED/" + Fixtures.LEADER + "/IN_APP", "RESULT_PUBLISHED/complainant/SMS")
			.doesNotContain("REPORT_SUBMITTED/" + Fixtures.HANDLER + "/IN_APP")
			.doesNotHaveDuplicates();
	}

	@Test
	void aCampaignCanSwitchAKindOff() throws Exception {
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		this.mvc
			.perform(put("/api/campaigns/{id}/notice-switches/COMPLAINT_RECEIVED", campaign.id())
				.with(as(Fixtures.ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"on\":false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.COMPLAINT_RECEIVED").value(false))
			.andExpect(jsonPath("$.BATCH_ARRIVED").value(true));
		NoticeScenario.register(this.intake, campaign, new ComplainantDetails("王通知", "13912345678", null, false, true));
		assertThat(rows(campaign.id())).isEmpty();
		this.mvc
			.perform(put("/api/campaigns/{id}/notice-switches/COMPLAINT_RECEIVED", campaign.id())
				.with(as(Fixtures.HANDLER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"on\":true}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aLeaderSwitchesAKindOffOnTheSettingsPage() throws Exception {
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		this.mvc
			.perform(post("/campaigns/{id}/notice-switches/BATCH_ARRIVED", campaign.id()).param("on", "false")
				.with(user(this.accounts.loadUserByUsername(Fixtures.LEADER)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.switches.isOn(campaign.id(), NoticeKind.BATCH_ARRIVED)).isFalse();
		String page = this.mvc
			.perform(get("/campaigns/{id}/notice-switches", campaign.id())
				.with(user(this.accounts.loadUserByUsername(Fixtures.LEADER))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("switch-BATCH_ARRIVED").contains("关闭");
		this.mvc
			.perform(get("/campaigns/{id}/notice-switches", campaign.id())
				.with(user(this.accounts.loadUserByUsername(Fixtures.HANDLER))))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyAdminsSeeTheOutbox() throws Exception {
		this.mvc.perform(get("/api/admin/outbox").with(as(Fixtures.OFFICER))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/admin/outbox").param("status", "FAILED").with(as(Fixtures.ADMIN)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/admin/outbox").param("status", "NONSENSE").with(as(Fixtures.ADMIN)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anOfficerKeepsAnEmailAddressButNotAMalformedOne() throws Exception {
		this.mvc
			.perform(put("/api/notifications/addresses").with(as(Fixtures.FOLLOWUP))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"not-an-address\",\"phone\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
		assertThat(this.addresses.of(Fixtures.FOLLOWUP).email()).isNull();
	}

	List<Map<String, Object>> rows(UUID campaignId) {
		return this.jdbc
			.sql("select kind, channel, recipient, complaint_id, args, status from notification_outbox "
					+ "where campaign_id = :campaign order by created_at, recipient, channel")
			.param("campaign", campaignId)
			.query()
			.listOfRows();
	}

	static Instant later(Instant now, long minutes) {
		return now.plusSeconds(minutes * 60);
	}

}
