package org.ducha.interop;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ducha.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Excel import: a dry run reports per row and column with intake's own rules, only an
 * error-free run is imported (all or nothing), every row goes through registration and
 * routing, re-importing adds nothing, mappings are remembered per source, 10,000 rows
 * import in seconds, and broken files are refused whole.
 */
@IntegrationTest
class ComplaintImportTests {

	static final LocalDateTime NOV_25 = LocalDateTime.of(2016, 11, 25, 10, 30);

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	JdbcClient jdbc;

	CampaignDetails campaign;

	String source;

	@BeforeEach
	void setUp() {
		Fixtures.ensureAccounts(this.accounts);
		this.campaign = Fixtures.linfenCampaign(this.campaigns);
		this.source = "12345平台" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aDryRunReportsEveryProblemByRowAndColumnAndBlocksTheImport() throws Exception {
		byte[] file = ImportFiles.workbook(ImportFiles.HEADERS,
				List.of(ImportFiles.row(NOV_25, "某砖厂", "尧都区某砖厂夜间排放黑烟，呛人", "13912345678"),
						ImportFiles.row(NOV_25, "某洗车场", "短", "12345"),
						java.util.Arrays.asList("下周一", "12345", "某厂", "尧都区", "尧都区某厂废水直排汾河", "大气、天气", null, null)));
		JsonNode report = report(upload(file, null).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("CHECKED"))
			.andExpect(jsonPath("$.totalRows").value(3))
			.andExpect(jsonPath("$.errorRows").value(2))
			.andExpect(jsonPath("$.newRows").value(1))
			.andExpect(jsonPath("$.committable").doesNotExist()));
		List<String> cells = new ArrayList<>();
		report.get("errors")
			.forEach((error) -> cells.add(error.get("row").asInt() + ":" + error.get("column").asString()));
		assertThat(cells).contains("3:问题描述", "3:联系电话", "4:受理时间", "4:问题类型");
		assertThat(report.get("errors").get(0).get("message").asString()).isNotBlank();
		this.mvc.perform(post("/api/imports/{id}/commit", report.get("id").asString()).with(as(Fixtures.CLERK)))
			.andExpect(status().isConflict());
		assertThat(complaints()).isZero();
	}

	@Test
	void importsEveryRowThroughIntakeAndReimportingAddsNothing() throws Exception {
		List<List<Object>> rows = List.of(ImportFiles.row(NOV_25, "某砖厂", "尧都区屯里镇某砖厂夜间排放黑烟，呛人", "13912345678"),
				java.util.Arrays.asList(NOV_25.plusDays(1), "来信", "某化工厂", "尧都区", "尧都区某化工厂废水直排汾河，河水发黑", "水污染", "李四",
						13800001111L));
		byte[] file = ImportFiles.workbook(ImportFiles.HEADERS, rows);
		String id = id(upload(file, null).andExpect(jsonPath("$.errorCount").value(0))
			.andExpect(jsonPath("$.newRows").value(2)));
		this.mvc.perform(post("/api/imports/{id}/commit", id).with(as(Fixtures.CLERK)))
			.andExpect(status().isAccepted());
		awaitImported(id);
		assertThat(complaints()).isEqualTo(2);
		List<String> receipts = this.jdbc
			.sql("SELECT receipt_number FROM complaint WHERE campaign_id = ? ORDER BY receipt_number")
			.param(this.campaign.id())
			.query(String.class)
			.list();
		assertThat(receipts).anyMatch((number) -> number.startsWith("Z")).anyMatch((number) -> number.startsWith("X"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM complaint WHERE campaign_id = ? AND region_code = '141002'")
			.param(this.campaign.id())
			.query(Integer.class)
			.single()).as("routed like a typed complaint").isEqualTo(2);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM complaint WHERE campaign_id = ? AND anonymous = FALSE")
			.param(this.campaign.id())
			.query(Integer.class)
			.single()).isEqualTo(2);

		upload(file, null).andExpect(jsonPath("$.duplicateRows").value(2))
			.andExpect(jsonPath("$.newRows").value(0))
			.andExpect(jsonPath("$.errorCount").value(0));
		String again = id(upload(ImportFiles.workbook(ImportFiles.HEADERS, List.of(rows.get(1), rows.get(0))), null)
			.andExpect(jsonPath("$.duplicateRows").value(2)));
		this.mvc.perform(post("/api/imports/{id}/commit", again).with(as(Fixtures.CLERK)))
			.andExpect(status().isConflict());
		assertThat(complaints()).isEqualTo(2);
	}

	@Test
	void remembersTheColumnMappingOfASource() throws Exception {
		List<String> headers = List.of("时间", "内容", "分类", "号码");
		byte[] file = ImportFiles.workbook(headers, List
			.<List<Object>>of(java.util.Arrays.asList("2016-11-26 09:15", "尧都区某烧烤店油烟扰民，夜夜如此", "大气", "13912345678")));
		upload(file, null).andExpect(jsonPath("$.errors[*].message").isNotEmpty())
			.andExpect(jsonPath("$.errors[0].row").value(1));
		String mapping = "{\"receivedAt\":\"时间\",\"description\":\"内容\",\"problemTypes\":\"分类\",\"complainant.phone\":\"号码\"}";
		upload(file, mapping).andExpect(jsonPath("$.errorCount").value(0)).andExpect(jsonPath("$.newRows").value(1));
		upload(file, null).andExpect(jsonPath("$.errorCount").value(0))
			.andExpect(jsonPath("$.mapping.description").value("内容"));
	}

	@Test
	void importsTenThousandRowsInSeconds() throws Exception {
		List<List<Object>> rows = new ArrayList<>();
		String[] places = { "尧都区屯里镇", "曲沃县", "侯马市", "襄汾县" };
		for (int i = 0; i < 10_000; i++) {
			rows.add(java.util.Arrays.asList(NOV_25.plusDays(i % 28).plusMinutes(i % 600), "12345", "某企业" + i,
					"临汾市" + places[i % 4], "第" + i + "号举报：" + places[i % 4] + "某企业夜间排放刺鼻废气，周边群众反映强烈", "大气", "举报人" + i,
					"139" + String.format("%08d", i)));
		}
		byte[] file = ImportFiles.workbook(ImportFiles.HEADERS, rows);
		long started = System.nanoTime();
		String id = id(upload(file, null).andExpect(jsonPath("$.totalRows").value(10_000))
			.andExpect(jsonPath("$.errorCount").value(0)));
		long dryRun = (System.nanoTime() - started) / 1_000_000;
		this.mvc.perform(post("/api/imports/{id}/commit", id).with(as(Fixtures.CLERK)))
			.andExpect(status().isAccepted());
		JsonNode done = awaitImported(id);
		assertThat(done.get("importedRows").asInt()).isEqualTo(10_000);
		assertThat(complaints()).isEqualTo(10_000);
		long drained = System.nanoTime();
		// every imported complaint is announced (repeat index, stats); let those
		// listeners finish before the
		// next test, which shares the context and its event executor
		await().atMost(Duration.ofMinutes(10))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> this.jdbc
				.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?")
				.param("%" + this.campaign.id() + "%")
				.query(Integer.class)
				.single() == 0);
		System.err.printf("10,000-row import: dry run %d ms, import %d ms, listeners done %d ms later%n", dryRun,
				done.get("durationMs").asLong(), (System.nanoTime() - drained) / 1_000_000);
	}

	@Test
	void refusesFilesThatAreNoXlsxAndKeepsNothing() throws Exception {
		int runs = runs();
		expectFileError("这不是表格".getBytes(java.nio.charset.StandardCharsets.UTF_8), "xlsx");
		expectFileError(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0 }, ".xls");
		byte[] broken = ImportFiles.workbook(ImportFiles.HEADERS, List.of());
		expectFileError(java.util.Arrays.copyOf(broken, broken.length / 2), "损坏");
		expectFileError(ImportFiles.zipBomb(), "压缩炸弹");
		expectFileError(ImportFiles.manyRows(50_001), "50000");
		expectFileError(ImportFiles.handMade(""), "没有数据");
		assertThat(runs()).isEqualTo(runs);
	}

	@Test
	void marksFormulasAndHugeCellsAsErrorsOfTheirCells() throws Exception {
		String row = "<row r=\"2\">" + ImportFiles.inline("A2", "2016-11-25 10:30")
				+ "<c r=\"E2\"><f>REPT(\"臭\",10)</f><v>0</v></c>" + ImportFiles.inline("F2", "大气") + "</row>"
				+ "<row r=\"3\">" + ImportFiles.inline("A3", "2016-11-25 10:30")
				+ ImportFiles.inline("E3", ImportFiles.noise(40_000)) + ImportFiles.inline("F3", "大气") + "</row>";
		JsonNode report = report(
				upload(ImportFiles.handMade(ImportFiles.headerRow() + row), null).andExpect(status().isCreated())
					.andExpect(jsonPath("$.errorRows").value(2)));
		List<String> messages = new ArrayList<>();
		report.get("errors")
			.forEach((error) -> messages.add(error.get("row").asInt() + ":" + error.get("message").asString()));
		assertThat(messages).anyMatch((m) -> m.startsWith("2:") && m.contains("公式"))
			.anyMatch((m) -> m.startsWith("3:") && m.contains("32767"));
	}

	@Test
	void onlyClerksAndLeadersImport() throws Exception {
		this.mvc
			.perform(multipart("/api/imports")
				.file(new MockMultipartFile("file", "a.xlsx", null,
						ImportFiles.workbook(ImportFiles.HEADERS, List.of())))
				.param("campaignId", this.campaign.id().toString())
				.param("source", this.source)
				.with(as(Fixtures.FOLLOWUP)))
			.andExpect(status().isForbidden());
	}

	@Test
	void thePageShowsTheReportAndTheProgress() throws Exception {
		byte[] file = ImportFiles.workbook(ImportFiles.HEADERS,
				List.of(ImportFiles.row(NOV_25, "某砖厂", "尧都区某砖厂夜间排放黑烟，呛人", "13912345678")));
		String id = id(upload(file, null));
		var clerk = SecurityMockMvcRequestPostProcessors.user(this.accounts.loadUserByUsername(Fixtures.CLERK));
		this.mvc.perform(get("/imports").with(clerk))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-form\"")));
		this.mvc.perform(get("/imports/{id}", id).with(clerk))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-commit\"")))
			.andExpect(content().string(containsString("id=\"mapping-form\"")));
		this.mvc.perform(post("/imports/{id}/commit", id).with(clerk).with(SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection());
		awaitImported(id);
		this.mvc.perform(get("/imports/{id}/progress", id).with(clerk))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-bar\"")))
			.andExpect(content().string(containsString("value=\"100\"")));
	}

	private ResultActions upload(byte[] file, String mapping) throws Exception {
		var request = multipart("/api/imports")
			.file(new MockMultipartFile("file", "投诉.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
			.param("campaignId", this.campaign.id().toString())
			.param("source", this.source)
			.with(as(Fixtures.CLERK));
		if (mapping != null) {
			request.param("mapping", mapping);
		}
		return this.mvc.perform(request);
	}

	private void expectFileError(byte[] file, String words) throws Exception {
		upload(file, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[*].message").value(hasItem(containsString(words))));
	}

	private JsonNode awaitImported(String id) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
			last[0] = tree(this.mvc.perform(get("/api/imports/{id}", id).with(as(Fixtures.CLERK)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(last[0].get("status").asString()).isIn("IMPORTED", "FAILED");
		});
		assertThat(last[0].get("status").asString()).as(last[0].toString()).isEqualTo("IMPORTED");
		return last[0];
	}

	private String id(ResultActions result) {
		return report(result).get("id").asString();
	}

	private JsonNode report(ResultActions result) {
		try {
			return tree(result.andReturn().getResponse().getContentAsString());
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private JsonNode tree(String body) {
		return this.json.readTree(body);
	}

	private int complaints() {
		return this.jdbc.sql("SELECT COUNT(*) FROM complaint WHERE campaign_id = ?")
			.param(this.campaign.id())
			.query(Integer.class)
			.single();
	}

	private int runs() {
		return this.jdbc.sql("SELECT COUNT(*) FROM import_run").query(Integer.class).single();
	}

}
