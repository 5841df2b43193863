package org.ducha.disclosure;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

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
import org.ducha.intake.ReportedObject;
import org.ducha.intake.ScreeningDecision;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ducha.Fixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 信息公开: results are drafted redacted, published as a recorded act, shown on the portal
 * and in the exports — and the complainant seeded into every complaint appears in none of
 * them.
 */
@IntegrationTest
class DisclosureTests {

	static final String SEED_NAME = "柏种子甲";

	static final String SEED_PHONE = "13700009999";

	static final String SEED_ADDRESS = "种子路九号";

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
	DisclosureDesk desk;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	CampaignDetails campaign;

	@BeforeEach
	void setUp() {
		Fixtures.ensureAccounts(this.accounts);
		this.campaign = Fixtures.linfenCampaign(this.campaigns);
	}

	@Test
	void publishesRedactedResultsAndLeaksNoComplainantAnywhere() throws Exception {
		BatchView batch = concludeTwoCases();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.desk.ofBatch(batch.id()).size() == 2);
		assertThat(this.desk.ofBatch(batch.id())).allMatch((row) -> row.status() == DisclosureStatus.DRAFT);
		this.mvc.perform(get("/public/api/campaigns/{id}/disclosures", this.campaign.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));

		this.mvc
			.perform(get("/batches/{id}/disclosure", batch.id())
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(this.accounts.loadUserByUsername(Fixtures.OFFICER))))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("13812345678</mark>")));
		this.mvc.perform(post("/api/batches/{id}/disclosure/publish", batch.id()).with(as(Fixtures.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2));
		this.mvc.perform(post("/api/batches/{id}/disclosure/publish", batch.id()).with(as(Fixtures.OFFICER)))
			.andExpect(status().isBadRequest());

		List<String> everything = new ArrayList<>();
		String rows = this.mvc.perform(get("/public/api/campaigns/{id}/disclosures", this.campaign.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].verdict").value("PARTLY_TRUE"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		everything.add(rows);
		assertThat(rows).doesNotContain("13812345678").contains("***");
		everything.add(this.mvc.perform(get("/public/campaigns/{id}", this.campaign.id()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		byte[] xlsx = this.mvc.perform(get("/public/api/campaigns/{id}/disclosures/1.xlsx", this.campaign.id()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			StringBuilder cells = new StringBuilder();
			workbook.getSheetAt(0)
				.forEach((row) -> row.forEach((cell) -> cells.append(cell.getStringCellValue()).append('|')));
			assertThat(cells).contains("受理编号", "调查核实情况");
			everything.add(cells.toString());
		}
		byte[] pdf = this.mvc.perform(get("/public/api/campaigns/{id}/disclosures/1.pdf", this.campaign.id()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PdfReader reader = new PdfReader(pdf)) {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				everything.add(extractor.getTextFromPage(page));
			}
		}
		for (BatchView sheetBatch : List.of(batch)) {
			everything.add(this.mvc.perform(get("/api/batches/{id}/notice", sheetBatch.id()).with(as(Fixtures.OFFICER)))
				.andReturn()
				.getResponse()
				.getContentAsString());
		}
		assertThat(everything)
			.allSatisfy((text) -> assertThat(text).doesNotContain(SEED_NAME, SEED_PHONE, SEED_ADDRESS));
	}

	@Test
	void exportsTheWholeCampaignsPublishedResultsAsOneSheetOptionallyOfOneCounty() throws Exception {
		BatchView batch = concludeTwoCases();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.desk.ofBatch(batch.id()).size() == 2);
		this.desk.publish(batch.id(), null, Fixtures.OFFICER);
		Map<String, String> receiptByCounty = new java.util.HashMap<>();
		this.desk.ofBatch(batch.id()).forEach((row) -> receiptByCounty.put(row.regionCode(), row.receiptNumber()));
		long published = this.jdbc
			.sql("SELECT COUNT(*) FROM disclosure_entry WHERE campaign_id = ? AND status = 'PUBLISHED'")
			.param(this.campaign.id())
			.query(Long.class)
			.single();

		List<List<String>> everything = exportedRows("/api/campaigns/{id}/disclosures.xlsx", this.campaign.id());
		List<List<String>> quwo = exportedRows("/api/campaigns/{id}/disclosures.xlsx?regionCode=141021",
				this.campaign.id());

		assertThat(everything).hasSize((int) published);
		assertThat(everything).extracting((row) -> row.get(1)).containsAll(receiptByCounty.values());
		for (int i = 0; i < everything.size(); i++) {
			assertThat(everything.get(i).get(0)).as("row number").startsWith(String.valueOf(i + 1));
		}
		assertThat(quwo).isNotEmpty().allMatch((row) -> row.get(3).startsWith("141021"));
		assertThat(quwo).extracting((row) -> row.get(1))
			.contains(receiptByCounty.get("141021"))
			.doesNotContain(receiptByCounty.get("141002"));
		assertThat(everything.toString()).doesNotContain(SEED_NAME, SEED_PHONE, SEED_ADDRESS);
		this.mvc
			.perform(get("/api/campaigns/{id}/disclosures.xlsx?regionCode=14x", this.campaign.id())
				.with(as(Fixtures.OFFICER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("regionCode"));
		this.mvc.perform(get("/api/campaigns/{id}/disclosures.xlsx", UUID.randomUUID()).with(as(Fixtures.OFFICER)))
			.andExpect(status().isNotFound());
	}

	/** The data rows (below the title and the headings) of an exported sheet. */
	private List<List<String>> exportedRows(String path, Object... variables) throws Exception {
		org.springframework.test.web.servlet.MvcResult started = this.mvc
			.perform(get(path, variables).with(as(Fixtures.OFFICER)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request().asyncStarted())
			.andReturn();
		byte[] xlsx = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			workbook.getSheetAt(0).forEach((row) -> {
				if (row.getRowNum() >= 2) {
					List<String> cells = new ArrayList<>();
					row.forEach((cell) -> cells.add(cell.getStringCellValue()));
					rows.add(cells);
				}
			});
		}
		return rows;
	}

	@Test
	void letsTheEditorCorrectADraftButNotAPublishedRow() throws Exception {
		BatchView batch = concludeTwoCases();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.desk.ofBatch(batch.id()).size() == 2);
		DisclosureRow draft = this.desk.ofBatch(batch.id()).get(0);
		Map<String, Object> correction = Map.of("summary", "某砖厂夜间排放黑烟。", "investigation", "经核查，情况部分属实。", "actions",
				"责令整改，罚款5万元。联系电话13900001111");
		this.mvc
			.perform(put(draft.id()).with(as(Fixtures.OFFICER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(correction)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary").value("某砖厂夜间排放黑烟。"))
			.andExpect(jsonPath("$.actions")
				.value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("13900001111"))));
		this.desk.publish(batch.id(), null, Fixtures.OFFICER);
		this.mvc
			.perform(put(draft.id()).with(as(Fixtures.OFFICER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(correction)))
			.andExpect(status().isConflict());
	}

	@Test
	void republishesAPartlyClosedResultAsAnUpdateWhenTheCaseClosesAgain() {
		UUID complaint = this.intake
			.register(this.campaign.id(),
					new ComplaintRegistration(OffsetDateTime.parse("2016-12-07T10:00:00+08:00"), Channel.PHONE, null,
							null, null, "尧都区屯里镇", "养殖场粪污直排入河，河水发臭。", List.of(ProblemType.WATER), null, null, null, null,
							ComplainantDetails.ANONYMOUS),
					Fixtures.CLERK, null)
			.complaint()
			.id();
		this.intake.screen(complaint, ScreeningDecision.ACCEPT, null, null, TEAM);
		BatchView batch = this.transfers.compose(this.campaign.id(), List.of(complaint), Set.of(), Set.of(),
				Fixtures.OFFICER);
		this.transfers.transfer(batch.id(), Fixtures.OFFICER);
		UUID caseId = this.cases.forComplaint(complaint).orElseThrow().id();
		this.handling.sign(caseId, null, null, null, HANDLER);
		this.handling.submitReport(caseId,
				new HandlingReport(List.of(), Verdict.TRUE, "经核查属实。", "粪污资源化利用", "已封堵排污口，建设储粪池。", ActionCounts.NONE,
						null, Closure.PARTLY_CLOSED,
						java.time.LocalDate.now(java.time.Clock.systemUTC()).plusMonths(3)),
				HANDLER);
		this.handling.review(caseId, ReviewDecision.ACCEPT, null, FourChecks.CLEAR, TEAM);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.desk.ofBatch(batch.id()).size() == 1);
		this.desk.publish(batch.id(), null, Fixtures.OFFICER);

		this.handling.reopen(caseId, "储粪池建成，申请办结", Fixtures.OFFICER);
		this.handling.submitReport(caseId, new HandlingReport(List.of(), Verdict.TRUE, "经核查属实，整改已完成。", "粪污资源化利用",
				"储粪池已建成投用。", ActionCounts.NONE, null, Closure.CLOSED, null), HANDLER);
		this.handling.review(caseId, ReviewDecision.ACCEPT, null, FourChecks.CLEAR, TEAM);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.desk.ofBatch(batch.id()).size() == 2);
		DisclosureRow update = this.desk.ofBatch(batch.id())
			.stream()
			.filter((row) -> row.status() == DisclosureStatus.DRAFT)
			.findFirst()
			.orElseThrow();
		assertThat(update.update()).isTrue();
		assertThat(update.closure()).isEqualTo(Closure.CLOSED);
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder put(UUID entryId) {
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/disclosures/{id}",
				entryId);
	}

	private BatchView concludeTwoCases() {
		List<UUID> complaints = new ArrayList<>();
		for (String place : List.of("尧都区屯里镇", "曲沃县史村镇")) {
			UUID id = this.intake
				.register(this.campaign.id(),
						new ComplaintRegistration(OffsetDateTime.parse("2016-12-06T10:00:00+08:00"), Channel.PHONE,
								null, null, new ReportedObject("某砖厂", place), place, "砖厂夜间排放黑烟，附近村民反映强烈。",
								List.of(ProblemType.AIR), null, null, null, null,
								new ComplainantDetails(SEED_NAME, SEED_PHONE, SEED_ADDRESS, false, true)),
						Fixtures.CLERK, null)
				.complaint()
				.id();
			this.intake.screen(id, ScreeningDecision.ACCEPT, null, null, TEAM);
			complaints.add(id);
		}
		BatchView batch = this.transfers.compose(this.campaign.id(), complaints, Set.of(), Set.of(), Fixtures.OFFICER);
		this.transfers.transfer(batch.id(), Fixtures.OFFICER);
		for (var caseView : this.cases.search(new CaseFilter(this.campaign.id(), null, null, null, null),
				Jurisdiction.everywhere())) {
			this.handling.sign(caseView.id(), null, null, null, HANDLER);
			this.handling.submitReport(caseView.id(),
					new HandlingReport(List.of(), Verdict.PARTLY_TRUE, "经现场核查，举报人反映的黑烟问题部分属实，现场联系人电话13812345678。",
							"达标排放", "责令整改，立案处罚。", new ActionCounts(1, 1, 50000, 0, 0, 0, 0, 0, 0), null, Closure.CLOSED,
							null),
					HANDLER);
			this.handling.review(caseView.id(), ReviewDecision.ACCEPT, null, FourChecks.CLEAR, TEAM);
		}
		return batch;
	}

}
