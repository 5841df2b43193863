package org.ducha.interop;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.intake.ComplaintQueries;
import org.ducha.intake.ComplaintView;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ducha.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * Open311 GeoReport v2 conformance, written from the spec (wiki.open311.org/GeoReport_v2
 * and Service_Discovery): every method in both formats, the error array with its HTTP
 * codes (400, 403, 404), the 90-day / 1,000 default limits, timezone-bearing dates, the
 * token flow, {@code attribute[code]} form encoding, and the honest open/closed mapping.
 */
@IntegrationTest
class Open311ConformanceTests {

	/** W3C date-time with an offset, as the spec requires. */
	static final String W3C_DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})";

	static final String DESCRIPTION = "尧都区屯里镇某化工厂夜间偷排废水，河水发黑发臭";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	Open311Keys keys;

	@Autowired
	ComplaintQueries complaints;

	@Autowired
	JdbcClient jdbc;

	CampaignDetails campaign;

	String jurisdiction;

	String apiKey;

	@BeforeEach
	void setUp() {
		Fixtures.ensureAccounts(this.accounts);
		this.campaign = Fixtures.currentCampaign(this.campaigns);
		this.jurisdiction = this.campaign.id().toString();
		this.apiKey = this.keys.issue(this.campaign.id(), "随手拍", false, "test").apiKey();
	}

	// Service discovery

	@Test
	void discoveryListsThisEndpointWithBothFormats() throws Exception {
		this.mvc.perform(get("/open311/v2/discovery.json"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.changeset").value(matchesPattern(W3C_DATE_TIME)))
			.andExpect(jsonPath("$.contact").isNotEmpty())
			.andExpect(jsonPath("$.key_service").isNotEmpty())
			.andExpect(jsonPath("$.endpoints[0].specification").value("http://wiki.open311.org/GeoReport_v2"))
			.andExpect(jsonPath("$.endpoints[0].url").value(containsString("/open311/v2")))
			.andExpect(jsonPath("$.endpoints[0].type").value("production"))
			.andExpect(jsonPath("$.endpoints[0].formats").value(hasItem("text/xml")))
			.andExpect(jsonPath("$.endpoints[0].formats").value(hasItem("application/json")));
		this.mvc.perform(get("/open311/v2/discovery.xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
			.andExpect(xpath("/discovery/changeset").string(matchesPattern(W3C_DATE_TIME)))
			.andExpect(
					xpath("/discovery/endpoints/endpoint/specification").string("http://wiki.open311.org/GeoReport_v2"))
			.andExpect(xpath("count(/discovery/endpoints/endpoint/formats/format)").number(2.0));
	}

	@Test
	void anUnknownFormatIsNotFound() throws Exception {
		this.mvc.perform(get("/open311/v2/services.html").param("jurisdiction_id", this.jurisdiction))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404));
	}

	// GET Service List

	@Test
	void listsEveryProblemTypeAsAService() throws Exception {
		this.mvc.perform(get("/open311/v2/services.json").param("jurisdiction_id", this.jurisdiction))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(9))
			.andExpect(jsonPath("$[0].service_code").value("AIR"))
			.andExpect(jsonPath("$[0].service_name").isNotEmpty())
			.andExpect(jsonPath("$[0].metadata").value(true))
			.andExpect(jsonPath("$[0].type").value("realtime"))
			.andExpect(jsonPath("$[0].keywords").value(containsString("油烟")))
			.andExpect(jsonPath("$[0].group").isNotEmpty())
			.andExpect(jsonPath("$[0].description").isNotEmpty());
		this.mvc.perform(get("/open311/v2/services.xml").param("jurisdiction_id", this.jurisdiction))
			.andExpect(status().isOk())
			.andExpect(xpath("count(/services/service)").number(9.0))
			.andExpect(xpath("/services/service[1]/service_code").string("AIR"))
			.andExpect(xpath("/services/service[1]/metadata").string("true"))
			.andExpect(xpath("/services/service[1]/type").string("realtime"));
	}

	@Test
	void acceptsTheCampaignCodeAsJurisdiction() throws Exception {
		this.mvc.perform(get("/open311/v2/services.json").param("jurisdiction_id", ServiceRequests.code(this.campaign)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(9));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/open311/v2/services", "/open311/v2/services/AIR", "/open311/v2/requests",
			"/open311/v2/requests/W9XX201611230001", "/open311/v2/tokens/abc" })
	void everyReadNeedsAJurisdiction(String path) throws Exception {
		this.mvc.perform(get(path + ".json"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400))
			.andExpect(jsonPath("$[0].description").value(containsString("jurisdiction_id")));
		this.mvc.perform(get(path + ".xml"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
			.andExpect(xpath("/errors/error/code").string("400"))
			.andExpect(xpath("/errors/error/description").string(containsString("jurisdiction_id")));
		this.mvc.perform(get(path + ".json").param("jurisdiction_id", UUID.randomUUID().toString()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404));
		this.mvc.perform(get(path + ".xml").param("jurisdiction_id", "nowhere.example.org"))
			.andExpect(status().isNotFound())
			.andExpect(xpath("/errors/error/code").string("404"));
	}

	// GET Service Definition

	@Test
	void definesTheSubTypeAndReportedObjectAttributes() throws Exception {
		this.mvc.perform(get("/open311/v2/services/AIR.json").param("jurisdiction_id", this.jurisdiction))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.service_code").value("AIR"))
			.andExpect(jsonPath("$.attributes[0].variable").value(true))
			.andExpect(jsonPath("$.attributes[0].code").value("sub_type"))
			.andExpect(jsonPath("$.attributes[0].datatype").value("singlevaluelist"))
			.andExpect(jsonPath("$.attributes[0].required").value(false))
			.andExpect(jsonPath("$.attributes[0].order").value(1))
			.andExpect(jsonPath("$.attributes[0].datatype_description").isNotEmpty())
			.andExpect(jsonPath("$.attributes[0].description").isNotEmpty())
			.andExpect(jsonPath("$.attributes[0].values[*].key").value(hasItem("油烟")))
			.andExpect(jsonPath("$.attributes[0].values[*].name").value(hasItem("油烟")))
			.andExpect(jsonPath("$.attributes[1].code").value("reported_object"))
			.andExpect(jsonPath("$.attributes[1].datatype").value("string"));
		this.mvc.perform(get("/open311/v2/services/WATER.xml").param("jurisdiction_id", this.jurisdiction))
			.andExpect(status().isOk())
			.andExpect(xpath("/service_definition/service_code").string("WATER"))
			.andExpect(xpath("/service_definition/attributes/attribute[1]/code").string("sub_type"))
			.andExpect(
					xpath("/service_definition/attributes/attribute[1]/values/value[key='黑臭水体']/name").string("黑臭水体"));
	}

	@Test
	void anUnknownServiceHasNoDefinition() throws Exception {
		this.mvc.perform(get("/open311/v2/services/POTHOLE.json").param("jurisdiction_id", this.jurisdiction))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404));
		this.mvc.perform(get("/open311/v2/services/POTHOLE.xml").param("jurisdiction_id", this.jurisdiction))
			.andExpect(status().isNotFound())
			.andExpect(xpath("/errors/error/code").string("404"));
	}

	// POST Service Request

	@Test
	void filesARequestInJsonAndReadsItBack() throws Exception {
		String id = filed(this.mvc
			.perform(filing("json", "address_string", "尧都区屯里镇", "attribute[sub_type]", "工业废气",
					"attribute[reported_object]", "某化工厂"))
			.andExpect(status().isCreated())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$[0].service_notice").isNotEmpty())
			.andExpect(jsonPath("$[0].token").doesNotExist()));
		assertThat(id).startsWith("W");
		this.mvc.perform(get("/open311/v2/requests/{id}.json", id).param("jurisdiction_id", this.jurisdiction))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].service_request_id").value(id))
			.andExpect(jsonPath("$[0].status").value("open"))
			.andExpect(jsonPath("$[0].status_notes").isNotEmpty())
			.andExpect(jsonPath("$[0].service_code").value("AIR"))
			.andExpect(jsonPath("$[0].service_name").isNotEmpty())
			.andExpect(jsonPath("$[0].description").value(DESCRIPTION))
			.andExpect(jsonPath("$[0].address").value("尧都区屯里镇"))
			.andExpect(jsonPath("$[0].requested_datetime").value(matchesPattern(W3C_DATE_TIME)))
			.andExpect(jsonPath("$[0].updated_datetime").value(matchesPattern(W3C_DATE_TIME)));
		ComplaintView complaint = complaint(id);
		assertThat(complaint.subType()).isEqualTo("工业废气");
		assertThat(complaint.reportedObject().name()).isEqualTo("某化工厂");
		assertThat(complaint.regionCode()).as("routed by the region resolver").isEqualTo("141002");
		assertThat(complaint.anonymous()).isTrue();
	}

	@Test
	void filesARequestInXmlWithCoordinates() throws Exception {
		String body = this.mvc.perform(filing("xml", "lat", "36.0880", "long", "111.5190"))
			.andExpect(status().isCreated())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
			.andExpect(xpath("/service_requests/request/service_request_id").exists())
			.andExpect(xpath("/service_requests/request/service_notice").exists())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = body.replaceAll("(?s).*<service_request_id>([^<]+)</service_request_id>.*", "$1");
		this.mvc.perform(get("/open311/v2/requests/{id}.xml", id).param("jurisdiction_id", this.jurisdiction))
			.andExpect(status().isOk())
			.andExpect(xpath("count(/service_requests/request)").number(1.0))
			.andExpect(xpath("/service_requests/request/service_request_id").string(id))
			.andExpect(xpath("/service_requests/request/status").string("open"))
			.andExpect(xpath("/service_requests/request/lat").string("36.088"))
			.andExpect(xpath("/service_requests/request/long").string("111.519"))
			.andExpect(xpath("/service_requests/request/requested_datetime").string(matchesPattern(W3C_DATE_TIME)));
	}

	@Test
	void sealsTheContactAndNeverPublishesIt() throws Exception {
		String id = filed(this.mvc
			.perform(filing("json", "address_string", "尧都区", "first_name", "建国", "last_name", "张", "phone",
					"13912345678", "email", "zhang@example.org"))
			.andExpect(status().isCreated()));
		ComplaintView complaint = complaint(id);
		assertThat(complaint.anonymous()).isFalse();
		this.mvc
			.perform(post("/api/complaints/{id}/contact-reveals", complaint.id()).with(as(Fixtures.CLERK))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"核实举报线索需要联系举报人\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("张建国"))
			.andExpect(jsonPath("$.phone").value("13912345678"))
			.andExpect(jsonPath("$.address").value(containsString("zhang@example.org")));
		String published = this.mvc
			.perform(get("/open311/v2/requests.json").param("jurisdiction_id", this.jurisdiction)
				.param("service_request_id", id))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(published).contains(id).doesNotContain("13912345678", "zhang@example.org", "建国");
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM open311_request WHERE public_description LIKE '%1391234%' "
					+ "OR address LIKE '%zhang@%'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void redactsPersonalDataInThePublishedDescription() throws Exception {
		String id = filed(this.mvc
			.perform(filing("json", "address_string", "尧都区", "description", "尧都区某砖厂夜间排放黑烟，我是附近居民，电话13800001111"))
			.andExpect(status().isCreated()));
		this.mvc.perform(get("/open311/v2/requests/{id}.json", id).param("jurisdiction_id", this.jurisdiction))
			.andExpect(jsonPath("$[0].description").value(not(containsString("13800001111"))))
			.andExpect(jsonPath("$[0].description").value(containsString("砖厂")));
	}

	@Test
	void theSameIdempotencyKeyFilesOnce() throws Exception {
		String first = filed(this.mvc
			.perform(filing("json", "address_string", "尧都区").header("Idempotency-Key", "app-42-" + UUID.randomUUID())));
		String key = "app-43-" + UUID.randomUUID();
		String one = filed(this.mvc.perform(filing("json", "address_string", "尧都区").header("Idempotency-Key", key)));
		String two = filed(this.mvc.perform(filing("json", "address_string", "尧都区").header("Idempotency-Key", key)));
		assertThat(two).isEqualTo(one).isNotEqualTo(first);
	}

	@Test
	void aBatchStyleKeyGetsATokenThatLeadsToTheRequest() throws Exception {
		String batchKey = this.keys.issue(this.campaign.id(), "批量平台", true, "test").apiKey();
		String body = this.mvc.perform(filing("json", "api_key", batchKey, "address_string", "尧都区"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].token").isNotEmpty())
			.andExpect(jsonPath("$[0].service_request_id").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = this.json.readTree(body).get(0).get("token").asString();
		String id = this.mvc
			.perform(get("/open311/v2/tokens/{token}.json", token).param("jurisdiction_id", this.jurisdiction))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].token").value(token))
			.andExpect(jsonPath("$[0].service_request_id").isNotEmpty())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String requestId = this.json.readTree(id).get(0).get("service_request_id").asString();
		this.mvc.perform(get("/open311/v2/tokens/{token}.xml", token).param("jurisdiction_id", this.jurisdiction))
			.andExpect(xpath("/service_requests/request/service_request_id").string(requestId))
			.andExpect(xpath("/service_requests/request/token").string(token));
		this.mvc
			.perform(
					get("/open311/v2/tokens/{token}.json", "no-such-token").param("jurisdiction_id", this.jurisdiction))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code").value(404));
		this.mvc
			.perform(get("/open311/v2/tokens/{token}.xml", "no-such-token").param("jurisdiction_id", this.jurisdiction))
			.andExpect(status().isNotFound())
			.andExpect(xpath("/errors/error/code").string("404"));
	}

	@Test
	void aFilingNeedsAValidKeyOfThisJurisdiction() throws Exception {
		expectError(filing("json", "address_string", "尧都区", "api_key", ""), 403);
		expectError(filing("xml", "address_string", "尧都区", "api_key", "o311_wrong"), 403);
		CampaignDetails other = Fixtures.currentCampaign(this.campaigns);
		String otherKey = this.keys.issue(other.id(), "别处", false, "test").apiKey();
		expectError(filing("json", "address_string", "尧都区", "api_key", otherKey), 403);
		Open311Keys.IssuedKey revoked = this.keys.issue(this.campaign.id(), "已停用", false, "test");
		this.keys.revoke(revoked.key().id());
		expectError(filing("xml", "address_string", "尧都区", "api_key", revoked.apiKey()), 403);
	}

	@Test
	void aFilingIsCheckedInTheSpecsOrder() throws Exception {
		expectError(filing("json", "jurisdiction_id", "", "address_string", "尧都区"), 400);
		expectError(filing("xml", "jurisdiction_id", UUID.randomUUID().toString(), "address_string", "尧都区"), 404);
		expectError(filing("json", "service_code", "", "address_string", "尧都区"), 400);
		expectError(filing("xml", "service_code", "POTHOLE", "address_string", "尧都区"), 404);
		expectError(filing("json"), 400);
		expectError(filing("xml", "address_id", "12345"), 400);
		expectError(filing("json", "lat", "36.08"), 400);
		expectError(filing("xml", "lat", "north", "long", "111.5"), 400);
		expectError(filing("json", "lat", "96.0", "long", "111.5"), 400);
		expectError(filing("json", "address_string", "尧都区", "description", " "), 400);
		expectError(filing("xml", "address_string", "尧都区", "description", "臭".repeat(4001)), 400);
		expectError(filing("json", "address_string", "尧都区", "attribute[sub_type]", "噪声扰民"), 400);
		expectError(filing("json", "address_string", "尧都区", "email", "not-an-address"), 400);
	}

	@Test
	void intakeRulesAnswerInTheErrorFormatNamingTheParameter() throws Exception {
		this.mvc.perform(filing("json", "address_string", "尧都区", "description", "臭"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code").value(400))
			.andExpect(jsonPath("$[0].description").value(containsString("description")));
		this.mvc.perform(filing("xml", "address_string", "尧都区", "phone", "12345"))
			.andExpect(status().isBadRequest())
			.andExpect(xpath("/errors/error/code").string("400"))
			.andExpect(xpath("/errors/error/description").string(containsString("phone")));
	}

	@Test
	void answersInEnglishWhenAskedTo() throws Exception {
		this.mvc.perform(get("/open311/v2/services.json").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description").value("jurisdiction_id (the inspection team) is missing"));
		this.mvc
			.perform(get("/open311/v2/services.json").param("jurisdiction_id", this.jurisdiction)
				.header("Accept-Language", "en"))
			.andExpect(jsonPath("$[0].service_name").value("Air"));
	}

	@Test
	void filingNeedsNoSessionAndSetsNone() throws Exception {
		this.mvc.perform(filing("json", "address_string", "尧都区"))
			.andExpect(status().isCreated())
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	// GET Service Requests

	@Test
	void readsRequestsByIdsIgnoringOtherFilters() throws Exception {
		String one = filed(this.mvc.perform(filing("json", "address_string", "尧都区")));
		String two = filed(this.mvc.perform(filing("json", "address_string", "尧都区", "service_code", "WATER")));
		this.mvc
			.perform(get("/open311/v2/requests.json").param("jurisdiction_id", this.jurisdiction)
				.param("service_request_id", one + "," + two + ",W9ZZ201601010001")
				.param("service_code", "NOISE")
				.param("status", "closed"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[*].service_request_id").value(hasItem(one)))
			.andExpect(jsonPath("$[*].service_request_id").value(hasItem(two)));
		this.mvc
			.perform(get("/open311/v2/requests.xml").param("jurisdiction_id", this.jurisdiction)
				.param("service_request_id", one))
			.andExpect(xpath("count(/service_requests/request)").number(1.0));
	}

	@Test
	void filtersByServiceCodeStatusAndDates() throws Exception {
		String air = filed(this.mvc.perform(filing("json", "address_string", "尧都区")));
		String water = filed(this.mvc.perform(filing("json", "address_string", "尧都区", "service_code", "WATER")));
		JsonNode byCode = read(get("/open311/v2/requests.json").param("service_code", "WATER,SOIL"));
		assertThat(ids(byCode)).contains(water).doesNotContain(air);
		assertThat(ids(read(get("/open311/v2/requests.json").param("status", "open")))).contains(air, water);
		assertThat(ids(read(get("/open311/v2/requests.json").param("status", "closed")))).doesNotContain(air, water);
		assertThat(ids(read(get("/open311/v2/requests.json").param("status", "open,closed")))).contains(air, water);
		OffsetDateTime now = OffsetDateTime.now();
		assertThat(ids(read(get("/open311/v2/requests.json").param("start_date", now.minusHours(1).toString())
			.param("end_date", now.plusHours(1).toString())))).contains(air, water);
		assertThat(ids(read(get("/open311/v2/requests.json").param("start_date", now.minusDays(30).toString())
			.param("end_date", now.minusDays(29).toString())))).doesNotContain(air, water);
		assertThat(ids(read(get("/open311/v2/requests.json").param("end_date", now.plusMinutes(5).toString()))))
			.as("90 days up to the end date")
			.contains(air, water);
		assertThat(ids(read(get("/open311/v2/requests.json").param("start_date", now.minusDays(100).toString()))))
			.as("90 days from the start date")
			.doesNotContain(air, water);
	}

	@Test
	void rejectsBadFilters() throws Exception {
		OffsetDateTime now = OffsetDateTime.now();
		expectError(get("/open311/v2/requests.json").param("jurisdiction_id", this.jurisdiction)
			.param("start_date", now.minusDays(91).toString())
			.param("end_date", now.toString()), 400);
		expectError(get("/open311/v2/requests.xml").param("jurisdiction_id", this.jurisdiction)
			.param("start_date", "2016-11-25T10:30:00"), 400);
		expectError(get("/open311/v2/requests.json").param("jurisdiction_id", this.jurisdiction)
			.param("end_date", "yesterday"), 400);
		expectError(get("/open311/v2/requests.xml").param("jurisdiction_id", this.jurisdiction)
			.param("start_date", now.toString())
			.param("end_date", now.minusDays(1).toString()), 400);
		expectError(
				get("/open311/v2/requests.json").param("jurisdiction_id", this.jurisdiction).param("status", "pending"),
				400);
	}

	@Test
	void returnsAtMostTheFirstThousandNewestFirst() throws Exception {
		filed(this.mvc.perform(filing("json", "address_string", "尧都区")));
		UUID keyId = this.jdbc.sql("SELECT id FROM open311_api_key WHERE campaign_id = ? FETCH FIRST 1 ROWS ONLY")
			.param(this.campaign.id())
			.query(UUID.class)
			.single();
		Instant base = Instant.now().minus(2, ChronoUnit.DAYS);
		for (int i = 0; i < 1000; i++) {
			Timestamp at = Timestamp.from(base.minusSeconds(i));
			this.jdbc
				.sql("INSERT INTO open311_request (complaint_id, campaign_id, receipt_number, request_token, "
						+ "api_key_id, service_code, public_description, requested_at, updated_at, closed, stage) "
						+ "VALUES (?, ?, ?, ?, ?, 'AIR', '旧举报', ?, ?, FALSE, 'RECEIVED')")
				.params(UUID.randomUUID(), this.campaign.id(), "LIMIT" + UUID.randomUUID().toString().substring(0, 20),
						UUID.randomUUID().toString(), keyId, at, at)
				.update();
		}
		JsonNode all = read(get("/open311/v2/requests.json"));
		assertThat(all.size()).isEqualTo(1000);
		assertThat(all.get(0).get("service_request_id").asString()).as("newest first").startsWith("W");
	}

	@Test
	void anUnknownRequestIsNotFound() throws Exception {
		expectError(
				get("/open311/v2/requests/{id}.json", "W9ZZ201601010001").param("jurisdiction_id", this.jurisdiction),
				404);
		expectError(
				get("/open311/v2/requests/{id}.xml", "W9ZZ201601010001").param("jurisdiction_id", this.jurisdiction),
				404);
	}

	// Status mapping

	@Test
	void aHandedOverComplaintIsClosedWithNotesNamingTheReceiver() throws Exception {
		String id = filed(this.mvc.perform(filing("json", "address_string", "尧都区")));
		this.mvc
			.perform(post("/api/complaints/{id}/screening", complaint(id).id()).with(as(Fixtures.CLERK))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(
						Map.of("decision", "HAND_OVER", "reason", "属于信访事项", "receivingBody", "临汾市信访局"))))
			.andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> this.mvc
				.perform(get("/open311/v2/requests/{id}.json", id).param("jurisdiction_id", this.jurisdiction))
				.andExpect(jsonPath("$[0].status").value("closed"))
				.andExpect(jsonPath("$[0].status_notes").value(containsString("临汾市信访局"))));
	}

	@Test
	void anAcceptedComplaintStaysOpen() throws Exception {
		String id = filed(this.mvc.perform(filing("json", "address_string", "尧都区")));
		this.mvc
			.perform(post("/api/complaints/{id}/screening", complaint(id).id()).with(as(Fixtures.CLERK))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("decision", "ACCEPT"))))
			.andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.jdbc.sql("SELECT stage FROM open311_request WHERE receipt_number = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo("ACCEPTED"));
		this.mvc.perform(get("/open311/v2/requests/{id}.json", id).param("jurisdiction_id", this.jurisdiction))
			.andExpect(jsonPath("$[0].status").value("open"));
	}

	// Key management

	@Test
	void administratorsIssueListAndRevokeKeys() throws Exception {
		String body = this.mvc
			.perform(post("/api/open311/keys").with(as(Fixtures.ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("campaignId", this.campaign.id(), "sourceName", "市民通"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.apiKey").value(matchesPattern("o311_[0-9a-f]{64}")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String key = this.json.readTree(body).get("apiKey").asString();
		String id = this.json.readTree(body).get("key").get("id").asString();
		this.mvc
			.perform(get("/api/open311/keys").param("campaignId", this.campaign.id().toString())
				.with(as(Fixtures.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].sourceName").value(hasItem("市民通")))
			.andExpect(content().string(not(containsString(key))));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM open311_api_key WHERE key_hash = ?")
			.param(key)
			.query(Integer.class)
			.single()).as("only the hash is stored").isZero();
		this.mvc.perform(filing("json", "api_key", key, "address_string", "尧都区")).andExpect(status().isCreated());
		this.mvc.perform(delete("/api/open311/keys/{id}", id).with(as(Fixtures.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revokedAt").isNotEmpty());
		expectError(filing("json", "api_key", key, "address_string", "尧都区"), 403);
		this.mvc
			.perform(post("/api/open311/keys").with(as(Fixtures.CLERK))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("campaignId", this.campaign.id(), "sourceName", "x"))))
			.andExpect(status().isForbidden());
	}

	/**
	 * A filing with every required parameter; pairs of name and value replace (or, with a
	 * null value, remove) the defaults.
	 */
	private MockHttpServletRequestBuilder filing(String format, String... pairs) {
		Map<String, String> params = new java.util.LinkedHashMap<>();
		params.put("jurisdiction_id", this.jurisdiction);
		params.put("api_key", this.apiKey);
		params.put("service_code", "AIR");
		params.put("description", DESCRIPTION);
		for (int i = 0; i < pairs.length; i += 2) {
			params.put(pairs[i], pairs[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/open311/v2/requests." + format)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.characterEncoding("UTF-8");
		params.forEach((name, value) -> {
			if (value != null) {
				request.param(name, value);
			}
		});
		return request;
	}

	private String filed(ResultActions actions) throws Exception {
		String body = actions.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return this.json.readTree(body).get(0).get("service_request_id").asString();
	}

	private JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
		return this.json.readTree(this.mvc.perform(request.param("jurisdiction_id", this.jurisdiction))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static java.util.List<String> ids(JsonNode requests) {
		java.util.List<String> ids = new java.util.ArrayList<>();
		requests.forEach((request) -> ids.add(request.get("service_request_id").asString()));
		return ids;
	}

	private ComplaintView complaint(String receiptNumber) {
		return this.complaints
			.search(new org.ducha.intake.ComplaintFilter(this.campaign.id(), null, null, null, null, null, null,
					receiptNumber), org.ducha.accounts.Jurisdiction.everywhere(), 0, 1)
			.stream()
			.findFirst()
			.map((summary) -> this.complaints.get(summary.id(), org.ducha.accounts.Jurisdiction.everywhere()))
			.orElseThrow();
	}

	private void expectError(MockHttpServletRequestBuilder request, int status) throws Exception {
		ResultActions result = this.mvc.perform(request).andExpect(status().is(status));
		String type = result.andReturn().getResponse().getContentType();
		if (type != null && type.startsWith("text/xml")) {
			result.andExpect(xpath("/errors/error[1]/code").string(String.valueOf(status)))
				.andExpect(xpath("/errors/error[1]/description").string(not("")));
		}
		else {
			result.andExpect(jsonPath("$[0].code").value(status)).andExpect(jsonPath("$[0].description").isNotEmpty());
		}
	}

}
