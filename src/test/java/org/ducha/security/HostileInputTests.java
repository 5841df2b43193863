package org.ducha.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Hostile input against every registered endpoint: broken and deeply nested JSON, wrong
 * types, empty and huge strings, control and right-to-left characters, SQL and HTML
 * injection, impossible dates and codes, path tricks, as every kind of user. No answer
 * may be a 5xx, and every 4xx of the API must be a problem detail. The generator is
 * seeded: a failure names the request, and the same seed repeats it.
 */
@IntegrationTest
class HostileInputTests {

	static final int REQUESTS = 10_000;

	static final long SEED = 20261123L;

	static final List<String> NASTY = List.of("", " ", "null", "undefined", "0", "-1", "2147483648",
			"99999999999999999999999", "1e309", "NaN", "true", "[]", "{}", "' OR '1'='1", "'; DROP TABLE complaint; --",
			"\" OR 1=1 --", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "${7*7}", "#{7*7}", "{{7*7}}",
			"../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%00", "\u0000", "\u0007\u001b[31m",
			"\u202e\u0645\u0631\u062d\u0628\u0627", "\ud83d\udca9\ud83d\udca9", "\uFEFF", "2016-13-45", "2016-02-30",
			"9999-12-31T25:61:61Z", "-0001-01-01", "141002", "999999", "00000", "SX", "W9SX201611240001",
			"6f1c8a1e-0000-0000-0000-000000000000", "not-a-uuid", "AIR,WATER,EVERYTHING", "PHONE", "LETTER", "ACCEPT",
			"PARTLY_CLOSED", "RED", "PURPLE", "http://169.254.169.254/latest/meta-data/", "file:///etc/passwd",
			"\\\\server\\share", "CON", "a".repeat(5000), "测".repeat(20000), "\r\nSet-Cookie: x=1", "%s%s%s%s%n",
			"() { :; }; echo vulnerable");

	static final List<String> PARAMS = List.of("campaignId", "regionCode", "from", "to", "status", "channel",
			"problemType", "page", "size", "limit", "receiptNumber", "code", "text", "q", "within", "month", "colour",
			"unit", "planId", "batchId", "minComplaints", "batch", "type", "region", "parent", "subjectId", "lang");

	static final List<String> FIELDS = List.of("campaignId", "teamName", "inspectedRegionCode", "startDate", "endDate",
			"receivedAt", "channel", "description", "problemTypes", "regionCode", "complainant", "reportedObject",
			"decision", "reason", "reasons", "checks", "findings", "verdict", "closure", "counts",
			"rectificationDeadline", "until", "approve", "percent", "narrative", "milestones", "deadline", "kind",
			"target", "measures", "leadUnit", "leader", "responsiblePerson", "passed", "content", "upheld", "rebound",
			"title", "fedBackOn", "text", "complaintIds", "keyCases", "departments", "noticeDays", "date", "unit",
			"name", "method", "outcome", "notes", "form", "targetType", "targetName", "decidedOn", "decidingBody",
			"limit");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	CampaignRegistry campaigns;

	CampaignDetails campaign;

	@BeforeEach
	void campaign() {
		Fixtures.ensureAccounts(this.accounts);
		this.campaign = Fixtures.linfenCampaign(this.campaigns);
	}

	@Test
	void answersTenThousandHostileRequestsWithoutAServerErrorAndWithProblemDetails() throws Exception {
		List<Endpoints.Endpoint> endpoints = Endpoints.of(this.mapping).all();
		List<String> users = List.of(Fixtures.ADMIN, Fixtures.LEADER, Fixtures.OFFICER, Fixtures.CLERK,
				Fixtures.HANDLER, Fixtures.FOLLOWUP, "anonymous");
		Random random = new Random(SEED);
		Map<Integer, Integer> statuses = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			Endpoints.Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
			String who = users.get(random.nextInt(users.size()));
			String path = path(endpoint.path(), random);
			AbstractMockHttpServletRequestBuilder<?> request;
			if (endpoint.multipart()) {
				request = MockMvcRequestBuilders.multipart(HttpMethod.valueOf(endpoint.method()), URI.create(path))
					.file(new MockMultipartFile("file", pick(random), "image/jpeg", bytes(random)));
			}
			else {
				request = MockMvcRequestBuilders.request(HttpMethod.valueOf(endpoint.method()), URI.create(path));
				if (!endpoint.method().equals("GET")) {
					if (random.nextInt(4) == 0) {
						request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
					}
					else {
						request.contentType(MediaType.APPLICATION_JSON).content(body(random));
					}
				}
			}
			for (int p = random.nextInt(4); p > 0; p--) {
				request.param(PARAMS.get(random.nextInt(PARAMS.size())), pick(random));
			}
			if (random.nextBoolean()) {
				request.param("campaignId", this.campaign.id().toString());
			}
			if (!endpoint.method().equals("GET")) {
				request.with(csrf());
			}
			if (!who.equals("anonymous")) {
				request.with(user(this.accounts.loadUserByUsername(who)));
			}
			MockHttpServletResponse response;
			try {
				response = this.mvc.perform(request).andReturn().getResponse();
			}
			catch (Exception ex) {
				failures.add("#" + i + " " + endpoint.method() + " " + path + " as " + who + " threw " + ex);
				continue;
			}
			statuses.merge(response.getStatus(), 1, Integer::sum);
			if (response.getStatus() >= 500) {
				failures
					.add("#" + i + " " + endpoint.method() + " " + path + " as " + who + " → " + response.getStatus());
			}
			else if (response.getStatus() >= 400 && endpoint.isApi() && !endpoint.path().startsWith("/open311/")
					&& !String.valueOf(response.getContentType()).startsWith("application/problem+json")) {
				failures.add("#" + i + " " + endpoint.method() + " " + path + " as " + who + " → "
						+ response.getStatus() + " " + response.getContentType() + " (not a problem detail)");
			}
		}
		System.out.println(
				"Hostile requests: " + REQUESTS + " over " + endpoints.size() + " endpoints, statuses " + statuses);
		assertThat(failures).as("answers that were server errors or not problem details").isEmpty();
		assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(REQUESTS);
	}

	private String path(String pattern, Random random) {
		StringBuilder path = new StringBuilder();
		int at = 0;
		while (true) {
			int open = pattern.indexOf('{', at);
			if (open < 0) {
				path.append(pattern.substring(at));
				return path.toString();
			}
			int close = pattern.indexOf('}', open);
			path.append(pattern, at, open);
			String value = switch (random.nextInt(3)) {
				case 0 -> this.campaign.id().toString();
				case 1 -> java.util.UUID.randomUUID().toString();
				default -> pick(random);
			};
			path.append(value.isEmpty() ? "x" : UriUtils.encodePathSegment(value, StandardCharsets.UTF_8));
			at = close + 1;
		}
	}

	static String pick(Random random) {
		return NASTY.get(random.nextInt(NASTY.size()));
	}

	static byte[] bytes(Random random) {
		byte[] bytes = new byte[random.nextInt(64) + 1];
		random.nextBytes(bytes);
		if (random.nextBoolean()) {
			bytes[0] = 'M';
			bytes[1 % bytes.length] = 'Z';
		}
		return bytes;
	}

	static String body(Random random) {
		return switch (random.nextInt(8)) {
			case 0 -> "{\"description\": ";
			case 1 -> "[".repeat(2000) + "]".repeat(2000);
			case 2 -> pick(random);
			case 3 -> "{" + "\"a\":{".repeat(500) + "}".repeat(501);
			case 4 -> "\u0000\u0001\u0002";
			default -> object(random);
		};
	}

	static String object(Random random) {
		StringBuilder json = new StringBuilder("{");
		int fields = random.nextInt(8) + 1;
		for (int f = 0; f < fields; f++) {
			if (f > 0) {
				json.append(',');
			}
			json.append('"').append(FIELDS.get(random.nextInt(FIELDS.size()))).append("\":").append(value(random, 0));
		}
		return json.append('}').toString();
	}

	static String value(Random random, int depth) {
		return switch (random.nextInt(depth > 2 ? 5 : 8)) {
			case 0 -> "null";
			case 1 -> String.valueOf(random.nextInt());
			case 2 -> random.nextBoolean() ? "true" : "-1.5e300";
			case 3, 4 -> quote(pick(random));
			case 5 -> "[" + value(random, depth + 1) + "," + value(random, depth + 1) + "]";
			default -> "{\"" + FIELDS.get(random.nextInt(FIELDS.size())) + "\":" + value(random, depth + 1) + "}";
		};
	}

	static String quote(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				quoted.append('\\').append(c);
			}
			else if (c < 0x20) {
				quoted.append(String.format("\\u%04x", (int) c));
			}
			else {
				quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

}
