package org.ducha.intake;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.intake.contact.ContactVault;
import org.ducha.shared.FileStore;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Complaint attachments: the real type is read from the content (an executable named .jpg
 * is refused), photos lose their location and camera data, identifying files are sealed
 * and opened only by intake and follow-up staff with a recorded reason, and the public
 * form takes a few photos within its limits.
 */
@IntegrationTest
class AttachmentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FileStore files;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	ContactVault contacts;

	UUID complaint;

	@BeforeEach
	void aComplaint() {
		Fixtures.ensureAccounts(this.accounts);
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		ComplaintRegistration registration = new ComplaintRegistration(
				OffsetDateTime.parse("2016-11-28T10:00:00+08:00"), Channel.LETTER, null, null,
				new ReportedObject("某砖厂", null), null, "砖厂夜间冒黑烟，周边村民晾晒的衣物被熏黑。", List.of(ProblemType.AIR), null, null,
				null, "141002", new ComplainantDetails("赵附件", "13700001111", null, false, true));
		this.complaint = this.intake.register(campaign.id(), registration, Fixtures.CLERK, null).complaint().id();
	}

	@Test
	void aJpegWithGpsAndCameraDataComesBackWithoutThem() throws Exception {
		byte[] photo = AttachmentTestImages.jpegWithGps();
		assertThat(gpsOf(photo)).as("the test photo carries a position").isNotNull();
		assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("DuchaTestCam");

		JsonNode attached = upload(photo, "现场照片.jpg", false).andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("image/jpeg"))
			.andExpect(jsonPath("$.hasThumbnail").value(true))
			.andExpect(jsonPath("$.sealed").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.transform(this.json::readTree);
		String id = attached.get("id").asString();

		byte[] back = this.mvc
			.perform(get("/api/complaints/{c}/attachments/{a}", this.complaint, id).with(as(Fixtures.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(gpsOf(back)).isNull();
		assertThat(Imaging.getMetadata(back)).isNull();
		assertThat(new String(back, StandardCharsets.ISO_8859_1)).doesNotContain("DuchaTestCam").doesNotContain("Exif");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(back));
		assertThat(image.getWidth()).isEqualTo(640);
		assertThat(image.getHeight()).isEqualTo(480);
		assertThat(attached.get("sha256").asString()).isEqualTo(sha256(back));

		byte[] thumbnail = this.mvc
			.perform(get("/api/complaints/{c}/attachments/{a}/thumbnail", this.complaint, id).with(as(Fixtures.CLERK)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail));
		assertThat(Math.max(small.getWidth(), small.getHeight())).isEqualTo(240);

		this.mvc.perform(get("/api/complaints/{c}/attachments", this.complaint).with(as(Fixtures.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].filename").value("现场照片.jpg"));
		this.mvc.perform(get("/api/complaints/{c}/attachments", this.complaint).with(as(Fixtures.OTHER_HANDLER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anExecutableNamedJpgIsRefused() throws Exception {
		byte[] elf = new byte[4096];
		System.arraycopy(new byte[] { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0 }, 0, elf, 0, 8);
		upload(elf, "photo.jpg", false).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("application/x-elf")));
		byte[] windows = new byte[4096];
		windows[0] = 'M';
		windows[1] = 'Z';
		windows[0x3C] = (byte) 0x80;
		System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, windows, 0x80, 4);
		upload(windows, "scan.jpg", false).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		upload(new byte[0], "empty.jpg", false).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		assertThat(this.jdbc.sql("select count(*) from complaint_attachment where complaint_id = :c")
			.param("c", this.complaint)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aCallRecordingIsAlwaysSealed() throws Exception {
		byte[] mp3 = new byte[2048];
		System.arraycopy(new byte[] { 'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0 }, 0, mp3, 0, 10);
		mp3[10] = (byte) 0xFF;
		mp3[11] = (byte) 0xFB;
		mp3[12] = (byte) 0x90;
		upload(mp3, "来电录音.mp3", false).andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("audio/mpeg"))
			.andExpect(jsonPath("$.sealed").value(true));
	}

	@Test
	void anIdentifyingFileIsSealedAtRestAndOpenedOnlyByIntakeAndFollowUpWithAReason() throws Exception {
		byte[] letter = "%PDF-1.4\n% 署名：赵附件 13700001111\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
			.getBytes(StandardCharsets.UTF_8);
		String id = upload(letter, "署名信件.pdf", true).andExpect(status().isCreated())
			.andExpect(jsonPath("$.sealed").value(true))
			.andExpect(jsonPath("$.hasThumbnail").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.transform(this.json::readTree)
			.get("id")
			.asString();
		String key = this.jdbc.sql("select storage_key from complaint_attachment where id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single();
		byte[] atRest = this.files.read(key);
		assertThat(new String(atRest, StandardCharsets.ISO_8859_1)).doesNotContain("13700001111")
			.doesNotContain("%PDF");

		this.mvc.perform(get("/api/complaints/{c}/attachments/{a}", this.complaint, id).with(as(Fixtures.OFFICER)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/complaints/{c}/attachments/{a}", this.complaint, id).with(as(Fixtures.CLERK)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/complaints/{c}/attachments/{a}/reveal", this.complaint, id).with(as(Fixtures.LEADER))
				.contentType("application/json")
				.content("{\"reason\":\"核实举报内容\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/complaints/{c}/attachments/{a}/reveal", this.complaint, id).with(as(Fixtures.FOLLOWUP))
				.contentType("application/json")
				.content("{\"reason\":\"短\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		byte[] opened = this.mvc
			.perform(post("/api/complaints/{c}/attachments/{a}/reveal", this.complaint, id).with(as(Fixtures.FOLLOWUP))
				.contentType("application/json")
				.content("{\"reason\":\"回访前核对署名信件\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(opened).isEqualTo(letter);
		assertThat(this.contacts.revealsOf(this.complaint)).singleElement().satisfies((reveal) -> {
			assertThat(reveal.revealedBy()).isEqualTo(Fixtures.FOLLOWUP);
			assertThat(reveal.reason()).contains(id).contains("回访前核对署名信件");
		});
	}

	@Test
	void theComplaintPageShowsThumbnailsAndRefusesAnExecutableWithAMessage() throws Exception {
		upload(AttachmentTestImages.jpegWithGps(), "现场照片.jpg", false).andExpect(status().isCreated());
		upload("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "署名信件.pdf", true)
			.andExpect(status().isCreated());
		String panel = this.mvc
			.perform(get("/complaints/{id}/attachments", this.complaint)
				.with(user(this.accounts.loadUserByUsername(Fixtures.OFFICER))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(panel).contains("现场照片.jpg")
			.contains("/thumbnail")
			.contains("署名信件.pdf")
			.contains("已加密")
			.doesNotContain("name=\"reason\"");
		assertThat(this.mvc
			.perform(get("/complaints/{id}/attachments", this.complaint)
				.with(user(this.accounts.loadUserByUsername(Fixtures.CLERK))))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("name=\"reason\"");

		byte[] elf = new byte[512];
		System.arraycopy(new byte[] { 0x7F, 'E', 'L', 'F' }, 0, elf, 0, 4);
		this.mvc
			.perform(multipart("/complaints/{id}/attachments", this.complaint)
				.file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", elf))
				.with(user(this.accounts.loadUserByUsername(Fixtures.CLERK)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attributeExists("attachmentErrors"));
		assertThat(this.mvc
			.perform(get("/complaints/{id}", this.complaint)
				.with(user(this.accounts.loadUserByUsername(Fixtures.CLERK))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("hx-get=\"/complaints/" + this.complaint + "/attachments\"");
	}

	@Test
	void thePublicFormTakesAFewPhotosWithoutTheirLocation() throws Exception {
		CampaignDetails campaign = Fixtures.currentCampaign(this.campaigns);
		String page = this.mvc
			.perform(multipart("/public/campaigns/{id}/complaints", campaign.id())
				.file(new MockMultipartFile("photos", "IMG_0001.jpg", "image/jpeg", AttachmentTestImages.jpegWithGps()))
				.param("description", "河道里有人夜间倾倒废渣，气味刺鼻。")
				.param("problemTypes", "SOLID_WASTE")
				.param("anonymous", "true")
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("W9" + campaign.receiptNumberScheme().unitLetters());
		Map<String, Object> stored = this.jdbc
			.sql("select a.storage_key, a.source, a.uploaded_by from complaint_attachment a "
					+ "join complaint c on c.id = a.complaint_id where c.campaign_id = :campaign")
			.param("campaign", campaign.id())
			.query()
			.singleRow();
		assertThat(stored.get("source")).isEqualTo("PUBLIC");
		assertThat(gpsOf(this.files.read((String) stored.get("storage_key")))).isNull();

		long before = complaintsIn(campaign);
		this.mvc
			.perform(multipart("/public/campaigns/{id}/complaints", campaign.id())
				.file(new MockMultipartFile("photos", "a.jpg", "image/jpeg", AttachmentTestImages.jpegWithGps()))
				.file(new MockMultipartFile("photos", "b.jpg", "image/jpeg", AttachmentTestImages.jpegWithGps()))
				.file(new MockMultipartFile("photos", "c.jpg", "image/jpeg", AttachmentTestImages.jpegWithGps()))
				.file(new MockMultipartFile("photos", "d.jpg", "image/jpeg", AttachmentTestImages.jpegWithGps()))
				.param("description", "河道里有人夜间倾倒废渣，气味刺鼻。")
				.param("problemTypes", "SOLID_WASTE")
				.param("anonymous", "true")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("附件最多3个")));
		this.mvc.perform(multipart("/public/campaigns/{id}/complaints", campaign.id())
			.file(new MockMultipartFile("photos", "doc.jpg", "image/jpeg",
					"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
			.param("description", "河道里有人夜间倾倒废渣，气味刺鼻。")
			.param("problemTypes", "SOLID_WASTE")
			.param("anonymous", "true")
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("不接受此类文件")));
		assertThat(complaintsIn(campaign)).isEqualTo(before);
	}

	org.springframework.test.web.servlet.ResultActions upload(byte[] content, String name, boolean identifying)
			throws Exception {
		return this.mvc.perform(multipart("/api/complaints/{id}/attachments", this.complaint)
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.param("identifying", String.valueOf(identifying))
			.with(as(Fixtures.CLERK)));
	}

	long complaintsIn(CampaignDetails campaign) {
		return this.jdbc.sql("select count(*) from complaint where campaign_id = :c")
			.param("c", campaign.id())
			.query(Long.class)
			.single();
	}

	static Object gpsOf(byte[] jpeg) throws Exception {
		ImageMetadata metadata = Imaging.getMetadata(jpeg);
		if (metadata instanceof JpegImageMetadata jpegMetadata && jpegMetadata.getExif() != null) {
			return jpegMetadata.getExif().getGpsInfo();
		}
		return null;
	}

	static String sha256(byte[] content) throws Exception {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
	}

}
