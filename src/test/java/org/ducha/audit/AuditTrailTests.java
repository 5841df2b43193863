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
