package org.ducha.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Jurisdiction;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.accounts.Role;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.intake.Channel;
import org.ducha.intake.ComplainantDetails;
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ProblemType;
import org.ducha.intake.ScreeningDecision;
import org.ducha.intake.contact.ContactVault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.Fixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit trail is a hash chain: every state change and contact reveal is appended, an
 * entry edited or deleted directly in the database breaks the chain exactly there, and
 * the trail never holds the complainant's identity.
 */
@IntegrationTest
class AuditTrailTests {

	static final String NAME = "邵审计测试";

	static final String PHONE = "13755554444";

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	ContactVault vault;

	@Autowired
	org.ducha.accountability.AccountabilityRegister accountability;

	@Autowired
	org.ducha.disclosure.DisclosureDesk desk;

	@Autowired
	org.ducha.notifications.NoticeSwitches noticeSwitches;

	@Autowired
	org.ducha.rectification.RectificationPlanning planning;

	@Autowired
	org.ducha.casework.BatchTransfers transfers;

	@Autowired
	org.ducha.casework.CaseQueries cases;

	@Autowired
	org.ducha.casework.CaseHandling handling;

	CampaignDetails campaign;

	@BeforeEach
	void campaign() {
		Fixtures.ensureAccounts(this.accounts);
		this.campaign = Fixtures.linfenCampaign(this.campaigns);
	}

	@Test
	void recordsEveryStateChangeAndContactRevealOfAComplaintInOrder() {
		UUID id = registerAcceptAndReveal();
		List<AuditTrail.Entry> entries = this.trail.latest(id.toString(), 50);
		assertThat(entries).extracting(AuditTrail.Entry::kind)
			.containsExactly("ContactRevealed", "ComplaintAccepted", "ComplaintRegistered");
		assertThat(entries.get(0).actor()).isEqualTo(Fixtures.CLERK);
		assertThat(entries.get(0).previousHash()).isNotEqualTo(AuditTrail.GENESIS);
		assertThat(entries).allSatisfy((entry) -> assertThat(entry.detail()).doesNotContain(NAME, PHONE));
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void findsAnEntryEditedInTheDatabase() {
		UUID id = registerAcceptAndReveal();
		AuditTrail.Entry accepted = this.trail.latest(id.toString(), 50).get(1);
		String original = accepted.detail();
		this.jdbc.update("UPDATE audit_entry SET detail = ? WHERE seq = ?", original.replace("}", ",\"x\":1}"),
				accepted.seq());
		try {
			Verification verification = this.trail.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.firstBreak())
				.isEqualTo(new Verification.Break(accepted.seq(), Verification.Problem.CONTENT_CHANGED));
		}
		finally {
			this.jdbc.update("UPDATE audit_entry SET detail = ? WHERE seq = ?", original, accepted.seq());
		}
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void findsAnEntryDeletedFromTheDatabaseAndAnActorRewritten() {
		UUID id = registerAcceptAndReveal();
		AuditTrail.Entry reveal = this.trail.latest(id.toString(), 50).get(0);
		Map<String, Object> row = this.jdbc.queryForMap("SELECT * FROM audit_entry WHERE seq = ?", reveal.seq());
		this.jdbc.update("DELETE FROM audit_entry WHERE seq = ?", reveal.seq());
		try {
			assertThat(this.trail.verify().firstBreak())
				.isEqualTo(new Verification.Break(reveal.seq(), Verification.Problem.MISSING));
		}
		finally {
			this.jdbc.update(
					"INSERT INTO audit_entry (seq, occurred_at, actor, kind, subject_id, detail, prev_hash, hash) "
							+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
					row.get("seq"), row.get("occurred_at"), row.get("actor"), row.get("kind"), row.get("subject_id"),
					row.get("detail"), row.get("prev_hash"), row.get("hash"));
		}
		this.jdbc.update("UPDATE audit_entry SET actor = 'someone-else' WHERE seq = ?", reveal.seq());
		try {
			assertThat(this.trail.verify().firstBreak())
				.isEqualTo(new Verification.Break(reveal.seq(), Verification.Problem.CONTENT_CHANGED));
		}
		finally {
			this.jdbc.update("UPDATE audit_entry SET actor = ? WHERE seq = ?", reveal.actor(), reveal.seq());
		}
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void recordsCampaignSettingsAccountsAccountabilityRecordsAndDisclosureCorrectionsWithoutPersonalData() {
		String official = "审计测试官员" + System.nanoTime() % 100000;
		this.campaigns.setRouting(this.campaign.id(), Map.of("油烟", "城市管理局"));
		String username = "audit" + System.nanoTime() % 1_000_000;
		this.accounts.open(username, "a-sound-passphrase-9", "审计测试显示名", Set.of(Role.INTAKE_CLERK), Set.of());
		var record = this.accountability.record(new org.ducha.accountability.AccountabilityDraft(this.campaign.id(),
				org.ducha.accountability.TargetType.PERSON, official, "局长", "正处级",
				org.ducha.accountability.AccountabilityForm.SUMMONS, "履职不力，辖区问题反复。", List.of(),
				java.time.LocalDate.now(), "市纪委", null, null, null), Fixtures.LEADER);
		this.accountability.followUp(record.id(), "已完成整改约谈。", true);
		UUID entry = concludedAndDrafted();
		this.desk.correct(entry, "某砖厂夜间排放黑烟。", "经核查属实。", null, "责令整改。", null);

		assertThat(this.trail.latest(this.campaign.id().toString(), 50)).extracting(AuditTrail.Entry::kind)
			.contains("CampaignOpened", "CampaignRoutingChanged");
		assertThat(this.trail.latest(record.id().toString(), 10)).extracting(AuditTrail.Entry::kind)
			.containsExactly("AccountabilityFollowedUp", "AccountabilityRecorded");
		assertThat(this.trail.latest(entry.toString(), 10)).extracting(AuditTrail.Entry::kind)
			.contains("DisclosureCorrected");
		List<AuditTrail.Entry> opened = this.trail.latest(null, 500)
			.stream()
			.filter((e) -> e.kind().equals("AccountOpened") && e.detail().contains("\"" + username + "\""))
			.toList();
		assertThat(opened).hasSize(1);
		assertThat(opened.get(0).detail()).contains("INTAKE_CLERK").doesNotContain("审计测试显示名", "passphrase");
		assertThat(this.trail.latest(null, 500)).allSatisfy((e) -> assertThat(e.detail()).doesNotContain(official));
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void recordsWhoSilencedANoticeAndChangedTheRectificationSettings() {
		this.noticeSwitches.set(this.campaign.id(), org.ducha.notifications.NoticeKind.SIGN_DUE_SOON, false,
				Fixtures.LEADER);
		this.planning.changeSettings(this.campaign.id(), new org.ducha.rectification.SettingsView(12, 6, 5, 15));
		this.noticeSwitches.set(this.campaign.id(), org.ducha.notifications.NoticeKind.SIGN_DUE_SOON, true,
				Fixtures.LEADER);

		List<AuditTrail.Entry> entries = this.trail.latest(this.campaign.id().toString(), 3);
		assertThat(entries).extracting(AuditTrail.Entry::kind)
			.containsExactly("NoticeSwitched", "RectificationSettingsChanged", "NoticeSwitched");
		assertThat(entries.get(2).detail()).contains("SIGN_DUE_SOON").contains("\"on\":false");
		assertThat(entries.get(1).detail()).contains("\"noticeDays\":12").contains("\"slipTolerance\":15");
		assertThat(entries.get(0).detail()).contains("\"on\":true");
		assertThat(this.trail.verify().intact()).isTrue();
	}

	private UUID concludedAndDrafted() {
		CurrentOfficer team = new CurrentOfficer(Fixtures.OFFICER, Fixtures.OFFICER, Set.of(Role.TEAM_OFFICER),
				Jurisdiction.everywhere());
		CurrentOfficer handler = new CurrentOfficer(Fixtures.HANDLER, Fixtures.HANDLER, Set.of(Role.LOCAL_HANDLER),
				Jurisdiction.everywhere());
		UUID complaint = this.intake
			.register(this.campaign.id(),
					new ComplaintRegistration(OffsetDateTime.parse("2016-11-28T10:00:00+08:00"), Channel.PHONE, null,
							null, null, "尧都区屯里镇", "砖厂夜间冒黑烟，周边村民晾晒的衣物被熏黑。", List.of(ProblemType.AIR), null, null, null,
							"141002", null),
					Fixtures.CLERK, null)
			.complaint()
			.id();
		this.intake.screen(complaint, ScreeningDecision.ACCEPT, null, null, team);
		var batch = this.transfers.compose(this.campaign.id(), List.of(complaint), Set.of(), Set.of(),
				Fixtures.OFFICER);
		this.transfers.transfer(batch.id(), Fixtures.OFFICER);
		UUID caseId = this.cases.forComplaint(complaint).orElseThrow().id();
		this.handling.sign(caseId, null, null, null, handler);
		this.handling.submitReport(caseId,
				new org.ducha.casework.HandlingReport(List.of(), org.ducha.casework.Verdict.TRUE, "经核查属实。", "达标排放",
						"责令整改。", org.ducha.casework.ActionCounts.NONE, null, org.ducha.casework.Closure.CLOSED, null),
				handler);
		this.handling.review(caseId, org.ducha.casework.ReviewDecision.ACCEPT, null,
				org.ducha.casework.FourChecks.CLEAR, team);
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> this.desk.ofBatch(batch.id()).size() == 1);
		return this.desk.ofBatch(batch.id()).get(0).id();
	}

	@Test
	void catchesAChainRewrittenFromAnEarlierEntryOnwardsWithAPublishedAnchor() throws Exception {
		UUID id = registerAcceptAndReveal();
		AuditTrail.Anchor published = this.trail.anchor();
		registerAcceptAndReveal();
		assertThat(this.trail.checkAnchor(published.seq(), published.hash()).holds()).isTrue();

		// rewrite from the acceptance of the first complaint onwards, re-hashing every
		// entry and the head
		long from = this.trail.latest(id.toString(), 50).get(1).seq();
		List<Map<String, Object>> original = this.jdbc
			.queryForList("SELECT * FROM audit_entry WHERE seq >= ? ORDER BY seq", from);
		Map<String, Object> head = this.jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
		String previous = (String) original.get(0).get("prev_hash");
		try {
			for (Map<String, Object> row : original) {
				long seq = ((Number) row.get("seq")).longValue();
				String detail = (seq == from) ? ((String) row.get("detail")).replace("}", ",\"x\":1}")
						: (String) row.get("detail");
				Object occurred = row.get("occurred_at");
				java.time.Instant at = (occurred instanceof java.time.OffsetDateTime time) ? time.toInstant()
						: ((java.sql.Timestamp) occurred).toInstant();
				String hash = AuditTrail.hash(seq, at, (String) row.get("actor"), (String) row.get("kind"),
						(String) row.get("subject_id"), detail, previous);
				this.jdbc.update("UPDATE audit_entry SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?", detail,
						previous, hash, seq);
				previous = hash;
			}
			this.jdbc.update("UPDATE audit_head SET last_hash = ? WHERE id = 1", previous);

			assertThat(this.trail.verify().intact()).as("a whole rewrite verifies on its own").isTrue();
			this.mvc
				.perform(post("/api/audit/verify").with(as(Fixtures.LEADER))
					.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
					.content("{\"seq\":" + published.seq() + ",\"hash\":\"" + published.hash() + "\"}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.holds").value(false))
				.andExpect(jsonPath("$.problem").value("ANCHOR_HASH_DIFFERS"));
		}
		finally {
			for (Map<String, Object> row : original) {
				this.jdbc.update("UPDATE audit_entry SET detail = ?, prev_hash = ?, hash = ? WHERE seq = ?",
						row.get("detail"), row.get("prev_hash"), row.get("hash"), row.get("seq"));
			}
			this.jdbc.update("UPDATE audit_head SET last_hash = ? WHERE id = 1", head.get("last_hash"));
		}
		assertThat(this.trail.checkAnchor(published.seq(), published.hash()).holds()).isTrue();
		this.mvc.perform(get("/api/audit/anchor").with(as(Fixtures.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.seq").isNumber())
			.andExpect(jsonPath("$.hash").isString());
		this.mvc
			.perform(post("/api/audit/verify").with(as(Fixtures.ADMIN))
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"seq\":1,\"hash\":\"not-a-hash\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("hash"));
	}

	@Test
	void letsOnlyAdministratorsAndLeadersVerify() throws Exception {
		this.mvc.perform(get("/api/audit/verify").with(as(Fixtures.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true));
		this.mvc.perform(get("/api/audit").with(as(Fixtures.OFFICER))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/audit/verify").with(as(Fixtures.HANDLER))).andExpect(status().isForbidden());
	}

	private UUID registerAcceptAndReveal() {
		ComplaintRegistration registration = new ComplaintRegistration(
				OffsetDateTime.parse("2016-11-28T10:00:00+08:00"), Channel.PHONE, null, null, null, "尧都区屯里镇",
				"砖厂夜间冒黑烟，周边村民晾晒的衣物被熏黑。", List.of(ProblemType.AIR), null, null, null, "141002",
				new ComplainantDetails(NAME, PHONE, null, false, true));
		CurrentOfficer clerk = new CurrentOfficer(Fixtures.CLERK, Fixtures.CLERK, Set.of(Role.INTAKE_CLERK),
				Jurisdiction.everywhere());
		UUID id = this.intake.register(this.campaign.id(), registration, Fixtures.CLERK, null).complaint().id();
		this.intake.screen(id, ScreeningDecision.ACCEPT, null, null, new CurrentOfficer(Fixtures.OFFICER,
				Fixtures.OFFICER, Set.of(Role.TEAM_OFFICER), Jurisdiction.everywhere()));
		org.springframework.security.core.context.SecurityContextHolder.getContext()
			.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
					Fixtures.CLERK, "n/a", List.of()));
		try {
			this.vault.reveal(id, "办结后电话回访核实", clerk);
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
		return id;
	}

}
