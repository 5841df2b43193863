package org.ducha.intake.contact;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Jurisdiction;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.accounts.Role;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.intake.AttachmentView;
import org.ducha.intake.Channel;
import org.ducha.intake.ComplainantDetails;
import org.ducha.intake.ComplaintAttachments;
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ProblemType;
import org.ducha.shared.FileStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ducha.Fixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Contact key rotation. The test configuration has {@code k1} current and {@code k0}
 * configured as a previous key; contacts and a sealed file are sealed under {@code k0} as
 * if before a rotation, read, re-sealed by the administrators' endpoint in interrupted
 * and repeated runs, and finally read with {@code k0} retired: nothing lost.
 */
@IntegrationTest
class ContactKeyRotationTests {

	static final CurrentOfficer CLERK = new CurrentOfficer(Fixtures.CLERK, Fixtures.CLERK, Set.of(Role.INTAKE_CLERK),
			Jurisdiction.everywhere());

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	ComplaintAttachments attachments;

	@Autowired
	FileStore files;

	@Autowired
	ContactVault vault;

	@Autowired
	ContactKeySettings settings;

	@Autowired
	SealedContacts sealed;

	@Autowired
	ContactReveals reveals;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void reSealsEveryContactAndSealedFileUnderTheCurrentKeySoTheOldKeyCanBeRetired() throws Exception {
		Fixtures.ensureAccounts(this.accounts);
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		ContactCipher k1 = new ContactCipher("k1",
				new SecretKeySpec(ContactKeyConfiguration.keyBytes(this.settings), "AES"));
		ContactCipher k0 = new ContactCipher("k0",
				new SecretKeySpec(Base64.getDecoder().decode(this.settings.previousKeys().get("k0")), "AES"));
		ContactVault beforeRotation = vault(new ContactKeyring(k0, Map.of()));
		ContactVault k0Retired = vault(new ContactKeyring(k1, Map.of()));

		// contacts and a file sealed under k0, before the rotation
		List<UUID> complaints = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			UUID id = register(campaign, "轮换甲" + i, "1390000100" + i);
			beforeRotation.seal(id, new ComplainantContact("轮换甲" + i, "1390000100" + i, "轮换路" + i + "号"));
			complaints.add(id);
		}
		AttachmentView file = this.attachments.attach(complaints.get(0),
				new ComplaintAttachments.Upload("举报信.pdf", pdf()), true, CLERK);
		String storageKey = storageKey(file.id());
		byte[] plainFile = this.vault.openFile(complaints.get(0), file.id(), this.files.read(storageKey), "核实举报信内容",
				CLERK);
		this.files.delete(storageKey);
		String oldFileKey = this.files
			.store(new java.io.ByteArrayInputStream(beforeRotation.sealFile(complaints.get(0), file.id(), plainFile)))
			.key();
		this.jdbc.sql("UPDATE complaint_attachment SET storage_key = ? WHERE id = ?")
			.params(oldFileKey, file.id())
			.update();
		assertThat(keyIds(complaints)).containsOnly("k0");

		// old ciphertexts read before the rotation (k0 is a previous key of the
		// application)
		for (int i = 0; i < complaints.size(); i++) {
			assertThat(this.vault.reveal(complaints.get(i), "核实举报线索需要联系", CLERK).phone()).isEqualTo("1390000100" + i);
		}
		assertThat(this.attachments.reveal(complaints.get(0), file.id(), "核实举报信内容", CLERK).content())
			.isEqualTo(plainFile);
		assertThatThrownBy(() -> k0Retired.reveal(complaints.get(0), "核实举报线索需要联系", CLERK)).as("k0 retired too early")
			.isInstanceOf(ContactKeyring.RetiredKeyException.class);

		// an interrupted run, then the rest, then a run with nothing left to do
		JsonNode first = reseal("?batchSize=2&maxBatches=1");
		assertThat(first.get("contactsResealed").asInt()).isEqualTo(2);
		assertThat(first.get("complete").asBoolean()).isFalse();
		assertThat(keyIds(complaints)).containsOnly("k0", "k1");
		JsonNode rest = reseal("?batchSize=2");
		assertThat(rest.get("complete").asBoolean()).isTrue();
		assertThat(rest.get("filesResealed").asInt()).isGreaterThanOrEqualTo(1);
		JsonNode again = reseal("");
		assertThat(again.get("contactsResealed").asInt()).isZero();
		assertThat(again.get("filesResealed").asInt()).isZero();

		// the raw database: every contact under k1, none under k0; the old file gone
		assertThat(keyIds(complaints)).containsOnly("k1");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM sealed_contact WHERE key_id <> 'k1'").query(Long.class).single())
			.isZero();
		assertThat(again.get("contactsByKey").properties()).extracting(Map.Entry::getKey).containsOnly("k1");
		assertThat(storageKey(file.id())).isNotEqualTo(oldFileKey);
		assertThatThrownBy(() -> this.files.read(oldFileKey)).isInstanceOf(java.io.UncheckedIOException.class);

		// k0 retired: every contact and the file still open
		for (int i = 0; i < complaints.size(); i++) {
			ComplainantContact contact = k0Retired.reveal(complaints.get(i), "核实举报线索需要联系", CLERK);
			assertThat(contact.name()).isEqualTo("轮换甲" + i);
			assertThat(contact.address()).isEqualTo("轮换路" + i + "号");
			assertThat(this.vault.reveal(complaints.get(i), "核实举报线索需要联系", CLERK).phone()).isEqualTo("1390000100" + i);
		}
		assertThat(k0Retired.openFile(complaints.get(0), file.id(), this.files.read(storageKey(file.id())), "核实举报信内容",
				CLERK))
			.isEqualTo(plainFile);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE kind LIKE '%ContactKeyRotated%'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void letsOnlyAdministratorsRotateAndRefusesABatchSizeOutOfRange() throws Exception {
		Fixtures.ensureAccounts(this.accounts);
		this.mvc.perform(get("/api/admin/contact-key").with(as(Fixtures.ADMIN))).andExpect(status().isOk());
		for (String who : List.of(Fixtures.CLERK, Fixtures.LEADER, Fixtures.FOLLOWUP)) {
			this.mvc.perform(post("/api/admin/contact-key/reseal").with(as(who))).andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/api/admin/contact-key/reseal").param("batchSize", "0").with(as(Fixtures.ADMIN)))
			.andExpect(status().isBadRequest());
	}

	private ContactVault vault(ContactKeyring keyring) {
		return new ContactVault(this.sealed, this.reveals, keyring, this.json, this.clock, this.events);
	}

	private JsonNode reseal(String query) throws Exception {
		return this.json
			.readTree(this.mvc.perform(post("/api/admin/contact-key/reseal" + query).with(as(Fixtures.ADMIN)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
	}

	private List<String> keyIds(List<UUID> complaints) {
		List<String> keys = new ArrayList<>();
		for (UUID id : complaints) {
			keys.add(this.jdbc.sql("SELECT key_id FROM sealed_contact WHERE complaint_id = ?")
				.param(id)
				.query(String.class)
				.single());
		}
		return keys;
	}

	private String storageKey(UUID attachment) {
		return this.jdbc.sql("SELECT storage_key FROM complaint_attachment WHERE id = ?")
			.param(attachment)
			.query(String.class)
			.single();
	}

	private UUID register(CampaignDetails campaign, String name, String phone) {
		return this.intake
			.register(campaign.id(),
					new ComplaintRegistration(OffsetDateTime.parse("2016-12-01T10:00:00+08:00"), Channel.PHONE, null,
							null, null, "尧都区屯里镇", "砖厂夜间冒黑烟，周边村民晾晒的衣物被熏黑。", List.of(ProblemType.AIR), null, null, null,
							"141002", new ComplainantDetails(name, phone, "尧都区", false, true)),
					Fixtures.CLERK, null)
			.complaint()
			.id();
	}

	private static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);
	}

}
