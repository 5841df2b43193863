package org.ducha.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

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
import org.ducha.disclosure.DisclosureDesk;
import org.ducha.intake.ComplaintFilter;
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintQueries;
import org.ducha.intake.ComplaintSummary;
import org.ducha.intake.ScreeningDecision;
import org.ducha.interop.Open311Keys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The marker scanner: unique random markers are seeded into every complainant field
 * (name, phone, address; the Open311 e-mail, which is kept with the address) through
 * every intake path — the clerks' API, the public online form, the Excel import and
 * Open311 — and the complaints are screened, transferred, signed for, reported, reviewed,
 * disclosed and followed up. Then every GET endpoint Spring MVC registers (pages, API
 * answers, xlsx and pdf exports, public pages) is called as anonymous and as every role,
 * with the real records in the path; spreadsheets and PDFs are read as text; the
 * application log captured meanwhile (org.ducha at DEBUG) is read too. No marker may
 * appear anywhere, except in the contact reveal answers to the roles allowed to reveal,
 * where the markers must appear: proof that the scanner finds them.
 */
@IntegrationTest
class ComplainantMarkerScanTests {

	static final SecureRandom RANDOM = new SecureRandom();

	static final List<String> CALLERS = List.of("anonymous", Fixtures.ADMIN, Fixtures.CLERK, Fixtures.OFFICER,
			Fixtures.LEADER, Fixtures.FOLLOWUP, Fixtures.HANDLER, Fixtures.OTHER_HANDLER);

	static final CurrentOfficer TEAM = new CurrentOfficer(Fixtures.OFFICER, Fixtures.OFFICER, Set.of(Role.TEAM_OFFICER),
			Jurisdiction.everywhere());

	static final CurrentOfficer HANDLER = new CurrentOfficer(Fixtures.HANDLER, Fixtures.HANDLER,
			Set.of(Role.LOCAL_HANDLER), Jurisdiction.everywhere());

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	Open311Keys keys;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	ComplaintQueries complaints;

	@Autowired
	BatchTransfers transfers;

	@Autowired
	CaseHandling handling;

	@Autowired
	CaseQueries cases;

	@Autowired
	DisclosureDesk desk;

	/** Marker → where it was seeded (path and field). */
	final Map<String, String> markers = new LinkedHashMap<>();

	final Map<String, Integer> scanned = new TreeMap<>();

	final List<String> found = new ArrayList<>();

	/**
	 * Receipt numbers of the complaints: a control that the exports do show the
	 * complaints.
	 */
	final List<String> receipts = new ArrayList<>();

	/** Kinds of answer in which a receipt number was read (pdf, xlsx, …). */
	final Set<String> receiptSeenIn = new java.util.TreeSet<>();

	final Map<Integer, Integer> statuses = new TreeMap<>();

	/** Markers read in the reveal answers to the roles allowed to reveal. */
	final Set<String> revealed = new java.util.HashSet<>();

	@Test
	void findsNoComplainantMarkerInAnyExportPageApiAnswerOrLogLineOnlyInTheRevealsItIsMeantFor() throws Exception {
		Fixtures.ensureAccounts(this.accounts);
		ListAppender<ILoggingEvent> log = captureLog();
		Logger ducha = (Logger) LoggerFactory.getLogger("org.ducha");
		Level level = ducha.getLevel();
		ducha.setLevel(Level.DEBUG);
		try {
			CampaignDetails campaign = Fixtures.currentCampaign(this.campaigns);
			Records records = seedAndProcess(campaign);

			int reveals = revealAsEveryRole(records);
			int answers = sweepEveryGetEndpoint(campaign, records);

			int lines = 0;
			for (ILoggingEvent event : List.copyOf(log.list)) {
				StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ')
					.append(event.getFormattedMessage());
				IThrowableProxy thrown = event.getThrowableProxy();
				if (thrown != null) {
					line.append('\n').append(ThrowableProxyUtil.asString(thrown));
				}
				scan("log " + event.getLoggerName(), "log", line.toString());
				lines++;
			}
			assertThat(this.found).as("complainant markers found where they must not be").isEmpty();
			assertThat(reveals).as("reveal answers that showed every marker of their complaint").isPositive();
			assertThat(this.revealed).as("every seeded marker, read back in a reveal answer")
				.containsExactlyInAnyOrderElementsOf(this.markers.keySet());
			assertThat(this.scanned).containsKeys("pdf", "xlsx", "json", "html", "log");
			assertThat(this.receiptSeenIn).as("answers that show the complaints, read as text")
				.contains("pdf", "xlsx", "json", "html");
			System.out.printf(
					"Marker scan: %d markers in %d complaints; %d answers (%s; statuses %s), %d log lines, "
							+ "%d reveal answers with the markers; receipt numbers read in %s%n",
					this.markers.size(), records.complaints().size(), answers, this.scanned, this.statuses, lines,
					reveals, this.receiptSeenIn);
		}
		finally {
			ducha.setLevel(level);
			((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(log);
		}
	}

	// Seeding and processing

	private Records seedAndProcess(CampaignDetails campaign) throws Exception {
		fileByClerk(campaign);
		fileOnline(campaign);
		String importId = fileByImport(campaign);
		fileByOpen311(campaign);

		List<ComplaintSummary> filed = this.complaints
			.search(new ComplaintFilter(campaign.id(), null, null, null, null, null, null, null),
					Jurisdiction.everywhere(), 0, 100)
			.getContent();
		assertThat(filed).as("one complaint per intake path").hasSize(4);
		List<UUID> ids = new ArrayList<>();
		for (ComplaintSummary complaint : filed) {
			if (complaint.regionCode() == null) {
				this.mvc
					.perform(MockMvcRequestBuilders.post("/api/complaints/{id}/region", complaint.id())
						.with(Fixtures.as(Fixtures.OFFICER))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"regionCode\":\"141002\"}"))
					.andReturn();
			}
			this.intake.screen(complaint.id(), ScreeningDecision.ACCEPT, null, null, TEAM);
			ids.add(complaint.id());
			this.receipts.add(complaint.receiptNumber());
		}
		BatchView batch = this.transfers.compose(campaign.id(), ids, Set.of(), Set.of(), Fixtures.OFFICER);
		this.transfers.transfer(batch.id(), Fixtures.OFFICER);
		List<UUID> caseIds = new ArrayList<>();
		for (var caseView : this.cases.search(new CaseFilter(campaign.id(), null, null, null, null),
				Jurisdiction.everywhere())) {
			this.handling.sign(caseView.id(), null, null, null, HANDLER);
			this.handling.submitReport(caseView.id(),
					new HandlingReport(List.of(), Verdict.PARTLY_TRUE, "经现场核查，举报反映的问题部分属实。", "达标排放", "责令整改，立案处罚。",
							new ActionCounts(1, 1, 50000, 0, 0, 0, 0, 0, 0), null, Closure.PARTLY_CLOSED,
							LocalDate.now(java.time.Clock.systemUTC()).plusMonths(3)),
					HANDLER);
			this.handling.review(caseView.id(), ReviewDecision.ACCEPT, null, FourChecks.CLEAR, TEAM);
			caseIds.add(caseView.id());
		}
		assertThat(caseIds).hasSize(4);
		await().atMost(Duration.ofSeconds(20)).until(() -> this.desk.ofBatch(batch.id()).size() == 4);
		this.desk.publish(batch.id(), null, Fixtures.OFFICER);
		return new Records(campaign.id(), ids, caseIds, batch, importId, this.receipt);
	}

	/** The public filing's receipt number and query code, to look it up. */
	String[] receipt;

	private void fileByClerk(CampaignDetails campaign) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("receivedAt", yesterdayAtTen().toString());
		body.put("channel", "PHONE");
		body.put("reportedObject", Map.of("name", "尧都区某砖厂", "address", "尧都区屯里镇东村"));
		body.put("location", "临汾市尧都区屯里镇东村北");
		body.put("description", "砖厂夜间冒黑烟，周边村民晾晒的衣物被熏黑，已持续两个月。");
		body.put("problemTypes", List.of("AIR"));
		body.put("regionCode", "141002");
		body.put("complainant", complainant("clerk API"));
		this.mvc
			.perform(MockMvcRequestBuilders.post("/api/campaigns/{id}/complaints", campaign.id())
				.with(Fixtures.as(Fixtures.CLERK))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect((result) -> assertThat(result.getResponse().getStatus())
				.as(result.getResponse().getContentAsString())
				.isEqualTo(201));
	}

	private void fileOnline(CampaignDetails campaign) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("reportedObject", Map.of("name", "尧都区某化工厂", "address", "尧都区屯里镇西村"));
		body.put("location", "尧都区屯里镇西村");
		body.put("description", "化工厂夜间偷排废水，河水发黑发臭，鱼虾死亡。");
		body.put("problemTypes", List.of("WATER"));
		body.put("complainant", complainant("online form"));
		String answer = this.mvc
			.perform(MockMvcRequestBuilders.post("/public/api/campaigns/{id}/complaints", campaign.id())
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andExpect((result) -> assertThat(result.getResponse().getStatus())
				.as(result.getResponse().getContentAsString())
				.isEqualTo(201))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode receipt = this.json.readTree(answer);
		this.receipt = new String[] { receipt.get("receiptNumber").asString(), receipt.get("queryCode").asString() };
	}

	private String fileByImport(CampaignDetails campaign) throws Exception {
		String name = marker("import", "举报人姓名", "N");
		String phone = phoneMarker("import", "联系电话");
		String address = marker("import", "举报人地址", "A");
		byte[] file = workbook(List.of("受理时间", "来源渠道", "被举报对象", "问题地点", "问题描述", "问题类型", "举报人姓名", "联系电话", "举报人地址"),
				List.of(yesterdayAtTen().toLocalDateTime(), "12345", "尧都区某养殖场", "临汾市尧都区屯里镇南村",
						"养殖场粪污直排河道，气味刺鼻，周边村民反映强烈。", "水", name, phone, address));
		String report = this.mvc
			.perform(MockMvcRequestBuilders.multipart("/api/imports")
				.file(new MockMultipartFile("file", "投诉.xlsx",
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
				.param("campaignId", campaign.id().toString())
				.param("source", "12345平台" + UUID.randomUUID().toString().substring(0, 8))
				.with(Fixtures.as(Fixtures.CLERK)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String id = this.json.readTree(report).get("id").asString();
		this.mvc.perform(MockMvcRequestBuilders.post("/api/imports/{id}/commit", id).with(Fixtures.as(Fixtures.CLERK)))
			.andExpect((result) -> assertThat(result.getResponse().getStatus())
				.as(result.getResponse().getContentAsString())
				.isLessThan(300));
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
			String status = this.json
				.readTree(this.mvc
					.perform(MockMvcRequestBuilders.get("/api/imports/{id}", id).with(Fixtures.as(Fixtures.CLERK)))
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8))
				.get("status")
				.asString();
			assertThat(status).isNotEqualTo("FAILED");
			return status.equals("IMPORTED");
		});
		return id;
	}

	private void fileByOpen311(CampaignDetails campaign) throws Exception {
		String apiKey = this.keys.issue(campaign.id(), "随手拍", false, "test").apiKey();
		this.mvc
			.perform(MockMvcRequestBuilders.post("/open311/v2/requests.json")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.characterEncoding("UTF-8")
				.param("jurisdiction_id", campaign.id().toString())
				.param("api_key", apiKey)
				.param("service_code", "NOISE")
				.param("description", "尧都区屯里镇某采石场夜间放炮，噪声扰民严重。")
				.param("address_string", "尧都区屯里镇北村")
				.param("first_name", marker("Open311", "first_name", "F"))
				.param("last_name", marker("Open311", "last_name", "L"))
				.param("phone", phoneMarker("Open311", "phone"))
				.param("email", marker("Open311", "email", "e") + "@example.org"))
			.andExpect((result) -> assertThat(result.getResponse().getStatus())
				.as(result.getResponse().getContentAsString())
				.isEqualTo(201));
	}

	private Map<String, Object> complainant(String path) {
		Map<String, Object> complainant = new HashMap<>();
		complainant.put("name", marker(path, "name", "N"));
		complainant.put("phone", phoneMarker(path, "phone"));
		complainant.put("address", marker(path, "address", "A"));
		complainant.put("anonymous", false);
		complainant.put("consentToContact", true);
		return complainant;
	}

	/**
	 * A marker nobody else could write: letters and digits drawn at random, lower case
	 * (the scanner compares case-insensitively).
	 */
	private String marker(String path, String field, String kind) {
		StringBuilder marker = new StringBuilder("mk").append(kind.toLowerCase(java.util.Locale.ROOT));
		for (int i = 0; i < 10; i++) {
			marker.append("abcdefghjkmnpqrstuvwxyz23456789".charAt(RANDOM.nextInt(31)));
		}
		this.markers.put(marker.toString(), path + " " + field);
		return marker.toString();
	}

	/** A mobile number drawn at random (a marker the phone rules accept). */
	private String phoneMarker(String path, String field) {
		StringBuilder phone = new StringBuilder("1").append(3 + RANDOM.nextInt(7));
		for (int i = 0; i < 9; i++) {
			phone.append(RANDOM.nextInt(10));
		}
		this.markers.put(phone.toString(), path + " " + field);
		return phone.toString();
	}

	private static OffsetDateTime yesterdayAtTen() {
		return LocalDate.now(CampaignDetails.CHINA_TIME)
			.minusDays(1)
			.atTime(10, 0)
			.atZone(CampaignDetails.CHINA_TIME)
			.toOffsetDateTime();
	}

	// Reveals: the positive control

	/**
	 * Asks for every complaint's contact as every role: the roles allowed must get every
	 * marker of the complaint (the scanner can see them), the others none.
	 */
	private int revealAsEveryRole(Records records) throws Exception {
		int shown = 0;
		for (UUID complaint : records.complaints()) {
			for (String who : CALLERS) {
				for (String path : List.of("/api/complaints/{id}/contact-reveals",
						"/complaints/{id}/contact-reveals")) {
					MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path, complaint).with(csrf());
					if (path.startsWith("/api/")) {
						request.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"核实举报线索需要联系举报人\"}");
					}
					else {
						request.param("reason", "核实举报线索需要联系举报人");
					}
					if (!who.equals("anonymous")) {
						request.with(user(this.accounts.loadUserByUsername(who)));
					}
					MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
					String text = text(response, "reveal").text();
					if (who.equals(Fixtures.CLERK) || who.equals(Fixtures.FOLLOWUP)) {
						String lower = text.toLowerCase(java.util.Locale.ROOT);
						List<String> present = this.markers.keySet().stream().filter(lower::contains).toList();
						assertThat(present).as("markers in the reveal of %s to %s on %s", complaint, who, path)
							.isNotEmpty();
						this.revealed.addAll(present);
						shown++;
					}
					else {
						scan("POST " + path.replace("{id}", complaint.toString()) + " as " + who, "reveal", text);
					}
				}
			}
		}
		return shown;
	}

	// The sweep

	private int sweepEveryGetEndpoint(CampaignDetails campaign, Records records) throws Exception {
		int answers = 0;
		for (Endpoints.Endpoint endpoint : Endpoints.of(this.mapping).all()) {
			if (!endpoint.method().equals("GET")) {
				continue;
			}
			for (String path : paths(endpoint.path(), records)) {
				for (String who : CALLERS) {
					MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.GET, path)
						.param("campaignId", campaign.id().toString())
						.param("jurisdiction_id", campaign.id().toString())
						.param("month", LocalDate.now(CampaignDetails.CHINA_TIME).toString().substring(0, 7))
						.param("receiptNumber", records.receipt()[0])
						.param("code", records.receipt()[1]);
					if (!who.equals("anonymous")) {
						request.with(user(this.accounts.loadUserByUsername(who)));
					}
					org.springframework.test.web.servlet.MvcResult result = this.mvc.perform(request).andReturn();
					if (result.getRequest().isAsyncStarted()) {
						// a streamed answer (a large export): read what it streams
						result = this.mvc.perform(MockMvcRequestBuilders.asyncDispatch(result)).andReturn();
					}
					MockHttpServletResponse response = result.getResponse();
					this.statuses.merge(response.getStatus(), 1, Integer::sum);
					Extracted extracted = text(response, path);
					scan("GET " + path + " as " + who + " → " + response.getStatus(), extracted.kind(),
							extracted.text());
					answers++;
				}
			}
		}
		return answers;
	}

	/** The endpoint's path with every record of the test that fits its variables. */
	private List<String> paths(String pattern, Records records) {
		List<String> paths = new ArrayList<>(List.of(pattern));
		while (paths.get(0).contains("{")) {
			List<String> next = new ArrayList<>();
			for (String path : paths) {
				Matcher matcher = AuthorizationMatrixTests.VARIABLE.matcher(path);
				matcher.find();
				String before = path.substring(0, matcher.start());
				String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1).replace("/", "");
				List<String> values = switch (matcher.group(1)) {
					case "campaignId" -> List.of(records.campaign().toString());
					case "batchId" -> List.of(records.batch().id().toString());
					case "caseId" -> records.cases().stream().map(UUID::toString).toList();
					case "regionCode", "code" -> List.of("141002", "AIR");
					case "batch", "number" -> List.of(String.valueOf(records.batch().number()));
					case "chart" -> List.of("daily", "types", "regions");
					case "format" -> List.of("json", "xml");
					case "id" -> switch (segment) {
						case "campaigns" -> List.of(records.campaign().toString());
						case "complaints" -> records.complaints().stream().map(UUID::toString).toList();
						case "cases", "followups" -> records.cases().stream().map(UUID::toString).toList();
						case "batches" -> List.of(records.batch().id().toString());
						case "imports" -> List.of(records.importId());
						case "requests" -> records.complaints().stream().map(UUID::toString).toList();
						default -> List.of(AuthorizationMatrixTests.UNKNOWN);
					};
					default -> List.of(AuthorizationMatrixTests.UNKNOWN);
				};
				for (String value : values) {
					next.add(path.substring(0, matcher.start()) + value + path.substring(matcher.end()));
				}
			}
			paths = next;
		}
		return paths;
	}

	// Reading answers

	record Extracted(String kind, String text) {

	}

	private Extracted text(MockHttpServletResponse response, String where) throws Exception {
		byte[] body = response.getContentAsByteArray();
		StringBuilder headers = new StringBuilder();
		for (String name : response.getHeaderNames()) {
			headers.append(name).append(": ").append(String.join(",", response.getHeaders(name))).append('\n');
		}
		String type = (response.getContentType() != null) ? response.getContentType() : "";
		if (type.startsWith("application/pdf") || startsWith(body, "%PDF")) {
			StringBuilder text = new StringBuilder(headers);
			try (PdfReader reader = new PdfReader(body)) {
				PdfTextExtractor extractor = new PdfTextExtractor(reader);
				for (int page = 1; page <= reader.getNumberOfPages(); page++) {
					text.append(extractor.getTextFromPage(page)).append('\n');
				}
			}
			assertThat(text.toString()).as("text of the PDF from %s", where).isNotBlank();
			text.append(new String(body, StandardCharsets.ISO_8859_1));
			return new Extracted("pdf", text.toString());
		}
		if (type.contains("spreadsheetml") || startsWith(body, "PK")) {
			StringBuilder text = new StringBuilder(headers);
			DataFormatter formatter = new DataFormatter();
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
				for (Sheet sheet : workbook) {
					text.append(sheet.getSheetName()).append('\n');
					for (Row row : sheet) {
						for (Cell cell : row) {
							text.append(formatter.formatCellValue(cell)).append('\t');
						}
						text.append('\n');
					}
				}
			}
			return new Extracted("xlsx", text.toString());
		}
		String kind = type.contains("json") ? "json" : type.contains("html") ? "html"
				: type.contains("xml") ? "xml" : (body.length == 0) ? "empty" : "other";
		return new Extracted(kind, headers + new String(body, StandardCharsets.UTF_8));
	}

	private static boolean startsWith(byte[] body, String prefix) {
		byte[] start = prefix.getBytes(StandardCharsets.US_ASCII);
		if (body.length < start.length) {
			return false;
		}
		for (int i = 0; i < start.length; i++) {
			if (body[i] != start[i]) {
				return false;
			}
		}
		return true;
	}

	private void scan(String where, String kind, String text) {
		this.scanned.merge(kind, 1, Integer::sum);
		if (this.receipts.stream().anyMatch(text::contains)) {
			this.receiptSeenIn.add(kind);
		}
		String lower = text.toLowerCase(java.util.Locale.ROOT);
		for (Map.Entry<String, String> marker : this.markers.entrySet()) {
			if (lower.contains(marker.getKey())) {
				this.found.add(marker.getValue() + " (" + marker.getKey() + ") in " + where);
			}
		}
	}

	private static ListAppender<ILoggingEvent> captureLog() {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.setContext(context);
		appender.start();
		context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(appender);
		return appender;
	}

	private static byte[] workbook(List<String> headers, List<Object> row) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("投诉");
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			Row values = sheet.createRow(1);
			var dates = workbook.createCellStyle();
			dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
			for (int i = 0; i < row.size(); i++) {
				Cell cell = values.createCell(i);
				if (row.get(i) instanceof LocalDateTime time) {
					cell.setCellValue(time);
					cell.setCellStyle(dates);
				}
				else {
					cell.setCellValue(String.valueOf(row.get(i)));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/**
	 * What the test filed and processed.
	 */
	record Records(UUID campaign, List<UUID> complaints, List<UUID> cases, BatchView batch, String importId,
			String[] receipt) {

	}

}
