package org.ducha.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Jurisdiction;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.accounts.Role;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.casework.BatchTransfers;
import org.ducha.casework.CaseQueries;
import org.ducha.intake.Channel;
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ProblemType;
import org.ducha.intake.ScreeningDecision;
import org.ducha.rectification.PlanDraft;
import org.ducha.rectification.RectificationPlanning;
import org.ducha.rectification.TaskDraft;
import org.ducha.rectification.TaskKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The authorisation matrix, generated from the endpoints Spring MVC registers: every
 * endpoint must have a rule in {@code security/endpoints.tsv} (a new endpoint without one
 * fails the build), and every role, anonymous included, is sent to every endpoint, with
 * real records of 尧都区 in the path where the path names one, as a local handler of that
 * county and of another. A role the rule leaves out must be refused (401, 403, or 404 as
 * if the record did not exist; a redirect to sign-in for pages); a role the rule lets in
 * must not be.
 */
@IntegrationTest
class AuthorizationMatrixTests {

	/** The id put where the test holds no record. */
	static final String UNKNOWN = UUID.randomUUID().toString();

	static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	static final Map<Character, String> ROLE_LETTERS = Map.of('A', Fixtures.ADMIN, 'C', Fixtures.CLERK, 'O',
			Fixtures.OFFICER, 'L', Fixtures.LEADER, 'F', Fixtures.FOLLOWUP, 'H', Fixtures.HANDLER);

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	BatchTransfers batches;

	@Autowired
	CaseQueries cases;

	@Autowired
	RectificationPlanning planning;

	Map<String, String> records;

	@BeforeEach
	void recordsOfYaodu() {
		Fixtures.ensureAccounts(this.accounts);
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		CurrentOfficer officer = new CurrentOfficer(Fixtures.OFFICER, Fixtures.OFFICER, Set.of(Role.TEAM_OFFICER),
				Jurisdiction.everywhere());
		UUID complaint = this.intake
			.register(campaign.id(),
					new ComplaintRegistration(OffsetDateTime.parse("2016-11-28T10:00:00+08:00"), Channel.PHONE, null,
							null, null, "尧都区屯里镇", "砖厂夜间冒黑烟，周边村民晾晒的衣物被熏黑。", List.of(ProblemType.AIR), null, null, null,
							"141002", null),
					Fixtures.CLERK, null)
			.complaint()
			.id();
		this.intake.screen(complaint, ScreeningDecision.ACCEPT, null, null, officer);
		UUID batch = this.batches.compose(campaign.id(), List.of(complaint), Set.of(), Set.of(), Fixtures.OFFICER).id();
		this.batches.transfer(batch, Fixtures.OFFICER);
		UUID caseId = this.cases.forComplaint(complaint).orElseThrow().id();
		UUID plan = this.planning.createPlan(new PlanDraft(campaign.id(), "整改方案", LocalDate.now(), null), officer).id();
		UUID task = this.planning.addTask(plan, new TaskDraft(null, "砖厂整治", "关停", "拆除设备", "尧都区人民政府", null, "区长", "副区长",
				"141002", TaskKind.BY_DEADLINE, null, LocalDate.now().plusDays(30), null, List.of()), officer);
		this.records = Map.of("campaigns", campaign.id().toString(), "complaints", complaint.toString(), "cases",
				caseId.toString(), "batches", batch.toString(), "plans", plan.toString(), "tasks", task.toString());
	}

	@Test
	void hasARuleForEveryRegisteredEndpoint() throws IOException {
		Map<String, Rule> rules = rules();
		List<String> missing = new ArrayList<>();
		for (Endpoints.Endpoint endpoint : Endpoints.of(this.mapping).all()) {
			if (!rules.containsKey(endpoint.key())) {
				missing.add(endpoint.key());
			}
		}
		assertThat(missing).as("endpoints without a rule in security/endpoints.tsv").isEmpty();
		Set<String> registered = new TreeSet<>();
		Endpoints.of(this.mapping).all().forEach((endpoint) -> registered.add(endpoint.key()));
		assertThat(rules.keySet()).as("rules for endpoints that no longer exist").isSubsetOf(registered);
	}

	@Test
	void givesEveryRoleExactlyWhatItsRuleAllows() throws Exception {
		Map<String, Rule> rules = rules();
		List<String> unexpected = new ArrayList<>();
		int checked = 0;
		int inconclusive = 0;
		for (Endpoints.Endpoint endpoint : Endpoints.of(this.mapping).all()) {
			Rule rule = rules.get(endpoint.key());
			if (rule == null) {
				continue;
			}
			Map<String, Boolean> expectations = new LinkedHashMap<>();
			expectations.put("anonymous", rule.who().equals("-"));
			for (Map.Entry<Character, String> role : ROLE_LETTERS.entrySet()) {
				expectations.put(role.getValue(), rule.allows(role.getKey()));
			}
			expectations.put(Fixtures.OTHER_HANDLER, rule.allows('H') && !rule.regionScoped());
			boolean inconclusiveNotFound = pointsAtNothing(endpoint.path());
			for (Map.Entry<String, Boolean> expectation : expectations.entrySet()) {
				MockHttpServletResponse response = call(endpoint, expectation.getKey());
				if (response.getStatus() == 404 && inconclusiveNotFound) {
					inconclusive++;
					continue;
				}
				boolean refused = rule.who().equals("-") ? askedToSignIn(response) : refused(endpoint, response);
				if (expectation.getValue() == refused) {
					unexpected.add(endpoint.key() + " as " + expectation.getKey() + " → " + response.getStatus()
							+ (expectation.getValue() ? " (should be let in)" : " (should be refused)"));
				}
				checked++;
			}
		}
		assertThat(unexpected).as("unexpected answers out of %d checks", checked).isEmpty();
		assertThat(inconclusive).as("checks answered 404 for a made-up id or a public lookup").isLessThan(checked / 10);
		assertThat(checked).isGreaterThan(1000);
	}

	private MockHttpServletResponse call(Endpoints.Endpoint endpoint, String who) throws Exception {
		String path = resolve(endpoint.path());
		AbstractMockHttpServletRequestBuilder<?> request;
		if (endpoint.multipart()) {
			request = MockMvcRequestBuilders.multipart(HttpMethod.valueOf(endpoint.method()), path)
				.file(new MockMultipartFile("file", "a.pdf", "application/pdf",
						"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
		}
		else {
			request = MockMvcRequestBuilders.request(HttpMethod.valueOf(endpoint.method()), path);
			if (!endpoint.method().equals("GET") && endpoint.isApi()) {
				request.contentType(MediaType.APPLICATION_JSON).content("{}");
			}
		}
		request.param("campaignId", this.records.get("campaigns")).param("month", "2026-11");
		if (!endpoint.method().equals("GET")) {
			request.with(csrf());
		}
		if (!who.equals("anonymous")) {
			request.with(user(this.accounts.loadUserByUsername(who)));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	/**
	 * Whether the path names a record the test does not hold (an evidence file, an
	 * objection, a follow-up): there a 404 says nothing about authorisation.
	 */
	private boolean pointsAtNothing(String pattern) {
		return !resolve(pattern).equals(resolveKnown(pattern));
	}

	private String resolveKnown(String pattern) {
		return resolve(pattern, true);
	}

	/**
	 * For a public endpoint the only refusal that matters is being asked to sign in; its
	 * own answers (a missing API key, an unknown receipt number) are not about roles.
	 */
	static boolean askedToSignIn(MockHttpServletResponse response) {
		String location = response.getHeader("Location");
		return response.getStatus() == 401
				|| (response.getStatus() == 302 && location != null && location.endsWith("/login"));
	}

	static boolean refused(Endpoints.Endpoint endpoint, MockHttpServletResponse response) {
		int status = response.getStatus();
		if (status == 401 || status == 403 || status == 404) {
			return true;
		}
		String location = response.getHeader("Location");
		return status == 302 && location != null && location.endsWith("/login");
	}

	private String resolve(String pattern) {
		return resolve(pattern, false);
	}

	private String resolve(String pattern, boolean markUnknown) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String before = pattern.substring(0, matcher.start());
			String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1).replace("/", "");
			String name = matcher.group(1);
			String value = switch (name) {
				case "campaignId" -> this.records.get("campaigns");
				case "taskId" -> this.records.get("tasks");
				case "regionCode", "code" -> "141002";
				case "batch", "number" -> "1";
				case "chart" -> "daily";
				case "format" -> "json";
				case "kind" -> "BATCH_ARRIVED";
				default -> this.records.getOrDefault(segment, markUnknown ? "unknown" : UNKNOWN);
			};
			matcher.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	static Map<String, Rule> rules() throws IOException {
		Map<String, Rule> rules = new LinkedHashMap<>();
		try (InputStream in = AuthorizationMatrixTests.class.getResourceAsStream("/security/endpoints.tsv")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\t");
				rules.put(parts[0] + " " + parts[1], new Rule(parts[2], parts[3].equals("region")));
			}
		}
		return rules;
	}

	/**
	 * Who may call an endpoint.
	 *
	 * @param who {@code -} anyone, {@code *} any signed-in officer, or role letters
	 * @param regionScoped whether the path names a record of one county
	 */
	record Rule(String who, boolean regionScoped) {

		boolean allows(char role) {
			return this.who.equals("-") || this.who.equals("*") || this.who.indexOf(role) >= 0;
		}

	}

}
