package org.ducha.casework;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
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
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ProblemType;
import org.ducha.intake.ScreeningDecision;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.Fixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Evidence on a case: the real type is read from the content, the checksum kept, the name
 * cleaned, and only people who may see the case may attach or read it.
 */
@IntegrationTest
class EvidenceTests {

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
	CaseQueries queries;

	UUID caseId;

	@BeforeEach
	void aTransferredCase() {
		Fixtures.ensureAccounts(this.accounts);
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		CurrentOfficer officer = new CurrentOfficer(Fixtures.OFFICER, Fixtures.OFFICER, Set.of(Role.TEAM_OFFICER),
				Jurisdiction.everywhere());
		UUID complaint = this.intake
			.register(campaign.id(),
					new ComplaintRegistration(OffsetDateTime.parse("2016-12-02T10:00:00+08:00"), Channel.PHONE, null,
							null, null, null, "河边堆放大量危险废物桶，有刺鼻气味。", List.of(ProblemType.SOLID_WASTE), null, null, null,
							"141002", null),
					Fixtures.CLERK, null)
			.complaint()
			.id();
		this.intake.screen(complaint, ScreeningDecision.ACCEPT, null, null, officer);
		BatchView batch = this.transfers.compose(campaign.id(), List.of(), Set.of(), Set.of(), Fixtures.OFFICER);
		this.transfers.transfer(batch.id(), Fixtures.OFFICER);
		this.caseId = this.queries
			.search(new CaseFilter(campaign.id(), null, null, null, null), Jurisdiction.everywhere())
			.get(0)
			.id();
	}

	@Test
	void keepsAPhotoWithItsChecksumAndRealType() throws Exception {
		byte[] jpeg = jpeg();
		String response = this.mvc
			.perform(multipart("/api/cases/{id}/evidence", this.caseId)
				.file(new MockMultipartFile("file", "../../现场照片.png", "image/png", jpeg))
				.with(as(Fixtures.HANDLER)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("image/jpeg"))
			.andExpect(jsonPath("$.filename").value("现场照片.png"))
			.andExpect(jsonPath("$.size").value(jpeg.length))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode evidence = this.json.readTree(response);
		assertThat(evidence.get("sha256").asString())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jpeg)));
		byte[] back = this.mvc
			.perform(get("/api/cases/{id}/evidence/{e}", this.caseId, evidence.get("id").asString())
				.with(as(Fixtures.OFFICER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(back).isEqualTo(jpeg);
	}

	@Test
	void refusesAnExecutableRenamedAsAPhoto() throws Exception {
		byte[] elf = new byte[256];
		elf[0] = 0x7f;
		elf[1] = 'E';
		elf[2] = 'L';
		elf[3] = 'F';
		elf[4] = 2;
		this.mvc
			.perform(multipart("/api/cases/{id}/evidence", this.caseId)
				.file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", elf))
				.with(as(Fixtures.HANDLER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		this.mvc.perform(get("/api/cases/{id}/evidence", this.caseId).with(as(Fixtures.OFFICER)))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void keepsOtherCountiesOut() throws Exception {
		this.mvc
			.perform(multipart("/api/cases/{id}/evidence", this.caseId)
				.file(new MockMultipartFile("file", "a.jpg", "image/jpeg", jpeg()))
				.with(as(Fixtures.OTHER_HANDLER)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/cases/{id}/evidence", this.caseId).with(as(Fixtures.OTHER_HANDLER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesAnEmptyFile() throws Exception {
		this.mvc
			.perform(multipart("/api/cases/{id}/evidence", this.caseId)
				.file(new MockMultipartFile("file", "a.jpg", "image/jpeg", new byte[0]))
				.with(as(Fixtures.HANDLER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	static byte[] jpeg() throws Exception {
		BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 4, 0xB3261E);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return out.toByteArray();
	}

}
