package org.ducha.interop.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.ducha.campaigns.CampaignDetails;
import org.ducha.interop.Open311Exception;
import org.ducha.interop.RequestQuery;
import org.ducha.interop.ServiceCatalogue;
import org.ducha.interop.ServiceRequestView;
import org.ducha.interop.ServiceRequests;
import org.ducha.interop.Submission;
import org.ducha.intake.ProblemType;
import org.ducha.shared.ConflictException;
import org.ducha.shared.RuleViolationException;

import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) under {@code /open311/v2}:
 * discovery, services and their definitions, filing a request (with an API key), reading
 * requests, and tokens; every method in JSON and XML, errors as the spec's array of
 * {@code {code, description}}. Public: no session, no CSRF; rate-limited.
 */
@Controller
@RequestMapping("/open311/v2")
class Open311Controller {

	/** When this endpoint's behaviour last changed (the discovery changeset). */
	static final String CHANGESET = "2026-11-23T00:00:00+08:00";

	static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

	/** W3C date-time with seconds and offset, e.g. 2016-11-25T10:30:00+08:00. */
	private static final java.time.format.DateTimeFormatter W3C = java.time.format.DateTimeFormatter
		.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

	private static final Logger log = LoggerFactory.getLogger(Open311Controller.class);

	private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\[\\]]{1,50})\\](\\[\\])?");

	private final ServiceRequests requests;

	private final ServiceCatalogue catalogue;

	private final MessageSource messages;

	private final JsonMapper json;

	Open311Controller(ServiceRequests requests, ServiceCatalogue catalogue, MessageSource messages, JsonMapper json) {
		this.requests = requests;
		this.catalogue = catalogue;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/discovery.{format}")
	ResponseEntity<String> discovery(@PathVariable String format) {
		Open311Format as = format(format);
		String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2").toUriString();
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", SPECIFICATION);
		endpoint.put("url", url);
		endpoint.put("changeset", CHANGESET);
		endpoint.put("type", "production");
		endpoint.put("formats",
				List.of(Open311Format.XML.mediaType().getType() + "/" + Open311Format.XML.mediaType().getSubtype(),
						Open311Format.JSON.mediaType().getType() + "/" + Open311Format.JSON.mediaType().getSubtype()));
		Map<String, Object> discovery = new LinkedHashMap<>();
		discovery.put("changeset", CHANGESET);
		discovery.put("contact", text("open311.discovery.contact"));
		discovery.put("key_service", text("open311.discovery.keyService"));
		discovery.put("endpoints", List.of(endpoint));
		return as.respond(HttpStatus.OK, "discovery", discovery, this.json);
	}

	@GetMapping("/services.{format}")
	ResponseEntity<String> services(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
		Open311Format as = format(format);
		this.requests.jurisdiction(jurisdictionId);
		List<Map<String, Object>> services = new ArrayList<>();
		for (ProblemType type : this.catalogue.services()) {
			Map<String, Object> service = new LinkedHashMap<>();
			service.put("service_code", type.name());
			service.put("service_name", text("problemType." + type.name()));
			service.put("description", text("open311.service.description", text("problemType." + type.name())));
			service.put("metadata", true);
			service.put("type", "realtime");
			service.put("keywords", String.join(",", this.catalogue.subTypes(type)));
			service.put("group", text("open311.service.group"));
			services.add(service);
		}
		return as.respond(HttpStatus.OK, "services", services, this.json);
	}

	@GetMapping("/services/{code}.{format}")
	ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
		Open311Format as = format(format);
		this.requests.jurisdiction(jurisdictionId);
		ProblemType type = this.catalogue.find(code)
			.orElseThrow(() -> new Open311Exception(404, "open311.serviceCode.unknown", code));
		Map<String, Object> subType = attribute(ServiceCatalogue.SUB_TYPE, "singlevaluelist", 1);
		List<Map<String, Object>> values = new ArrayList<>();
		for (String value : this.catalogue.subTypes(type)) {
			values.add(fields("key", value, "name", value));
		}
		subType.put("values", values);
		Map<String, Object> reportedObject = attribute(ServiceCatalogue.REPORTED_OBJECT, "string", 2);
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("service_code", type.name());
		definition.put("attributes", List.of(subType, reportedObject));
		return as.respond(HttpStatus.OK, "service_definition", definition, this.json);
	}

	@PostMapping("/requests.{format}")
	ResponseEntity<String> file(@PathVariable String format, HttpServletRequest request) {
		Open311Format as = format(format);
		Map<String, List<String>> attributes = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			Matcher matcher = ATTRIBUTE.matcher(name);
			if (matcher.matches()) {
				attributes.computeIfAbsent(matcher.group(1), (key) -> new ArrayList<>()).addAll(List.of(values));
			}
		});
		Submission submission = new Submission(request.getParameter("jurisdiction_id"), request.getParameter("api_key"),
				request.getParameter("service_code"), request.getParameter("lat"), request.getParameter("long"),
				request.getParameter("address_string"), request.getParameter("address_id"),
				request.getParameter("description"), attributes, request.getParameter("email"),
				request.getParameter("phone"), request.getParameter("first_name"), request.getParameter("last_name"),
				request.getParameter("media_url"), request.getHeader("Idempotency-Key"));
		ServiceRequests.Filed filed = this.requests.submit(submission);
		Map<String, Object> answer = new LinkedHashMap<>();
		if (filed.tokenOnly()) {
			answer.put("token", filed.request().token());
		}
		else {
			answer.put("service_request_id", filed.request().serviceRequestId());
		}
		answer.put("service_notice", text("open311.notice.filed", filed.request().serviceRequestId()));
		answer.put("account_id", null);
		return as.respond(HttpStatus.CREATED, "service_requests", List.of(answer), this.json);
	}

	@GetMapping("/requests.{format}")
	ResponseEntity<String> search(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId,
			@RequestParam(name = "service_request_id", required = false) String ids,
			@RequestParam(name = "service_code", required = false) String codes,
			@RequestParam(name = "start_date", required = false) String startDate,
			@RequestParam(name = "end_date", required = false) String endDate,
			@RequestParam(name = "status", required = false) String status) {
		Open311Format as = format(format);
		CampaignDetails campaign = this.requests.jurisdiction(jurisdictionId);
		List<ServiceRequestView> found = this.requests.search(campaign,
				new RequestQuery(jurisdictionId, ids, codes, startDate, endDate, status));
		return as.respond(HttpStatus.OK, "service_requests", found.stream().map(this::request).toList(), this.json);
	}

	@GetMapping("/requests/{id}.{format}")
	ResponseEntity<String> request(@PathVariable String id, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
		Open311Format as = format(format);
		CampaignDetails campaign = this.requests.jurisdiction(jurisdictionId);
		ServiceRequestView found = this.requests.find(campaign.id(), id)
			.orElseThrow(() -> new Open311Exception(404, "open311.request.unknown", id));
		return as.respond(HttpStatus.OK, "service_requests", List.of(request(found)), this.json);
	}

	@GetMapping("/tokens/{token}.{format}")
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
		Open311Format as = format(format);
		CampaignDetails campaign = this.requests.jurisdiction(jurisdictionId);
		ServiceRequestView found = this.requests.byToken(campaign.id(), token)
			.orElseThrow(() -> new Open311Exception(404, "open311.token.unknown", token));
		return as.respond(HttpStatus.OK, "service_requests",
				List.of(fields("service_request_id", found.serviceRequestId(), "token", found.token())), this.json);
	}

	@ExceptionHandler(Open311Exception.class)
	ResponseEntity<String> open311(Open311Exception ex, HttpServletRequest request) {
		return errors(request, HttpStatus.valueOf(ex.status()),
				List.of(error(ex.status(), text(ex.code(), ex.args()))));
	}

	@ExceptionHandler(RuleViolationException.class)
	ResponseEntity<String> ruleViolation(RuleViolationException ex, HttpServletRequest request) {
		List<Map<String, Object>> errors = ex.violations()
			.stream()
			.map((violation) -> error(400,
					parameterOf(violation.field()) + ": " + text(violation.code(), violation.args())))
			.toList();
		return errors(request, HttpStatus.BAD_REQUEST, errors);
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<String> conflict(ConflictException ex, HttpServletRequest request) {
		return errors(request, HttpStatus.BAD_REQUEST, List.of(error(409, text(ex.getMessage()))));
	}

	/**
	 * The spec answers 400 for everything else, "CRM is down" included; the body's code
	 * says what it was.
	 */
	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<String> failure(RuntimeException ex, HttpServletRequest request) {
		log.error("Open311 request failed: {}", request.getRequestURI(), ex);
		return errors(request, HttpStatus.BAD_REQUEST, List.of(error(500, text("open311.unavailable"))));
	}

	private ResponseEntity<String> errors(HttpServletRequest request, HttpStatus status,
			List<Map<String, Object>> errors) {
		Open311Format as = request.getRequestURI().endsWith(".xml") ? Open311Format.XML : Open311Format.JSON;
		return as.respond(status, "errors", errors, this.json);
	}

	private Map<String, Object> request(ServiceRequestView view) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("service_request_id", view.serviceRequestId());
		fields.put("status", view.closed() ? "closed" : "open");
		fields.put("status_notes", text("open311.stage." + view.stage().name(),
				(view.stageDetail() != null) ? view.stageDetail() : "", (view.agency() != null) ? view.agency() : ""));
		fields.put("service_name", text("problemType." + view.serviceCode()));
		fields.put("service_code", view.serviceCode());
		fields.put("description", view.description());
		fields.put("agency_responsible", view.agency());
		fields.put("service_notice", null);
		fields.put("requested_datetime", dateTime(view.requestedAt()));
		fields.put("updated_datetime", dateTime(view.updatedAt()));
		fields.put("expected_datetime", null);
		fields.put("address", view.address());
		fields.put("address_id", null);
		fields.put("zipcode", null);
		fields.put("lat", view.lat());
		fields.put("long", view.lon());
		fields.put("media_url", null);
		return fields;
	}

	private Map<String, Object> attribute(String code, String datatype, int order) {
		Map<String, Object> attribute = new LinkedHashMap<>();
		attribute.put("variable", true);
		attribute.put("code", code);
		attribute.put("datatype", datatype);
		attribute.put("required", false);
		attribute.put("datatype_description", text("open311.attribute." + code + ".datatype"));
		attribute.put("order", order);
		attribute.put("description", text("open311.attribute." + code + ".description"));
		return attribute;
	}

	private static Map<String, Object> error(int code, String description) {
		return fields("code", code, "description", description);
	}

	private static Map<String, Object> fields(String name, Object value, String otherName, Object other) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put(name, value);
		fields.put(otherName, other);
		return fields;
	}

	/** Intake's field names as Open311 parameter names. */
	private static String parameterOf(String field) {
		return switch (field) {
			case "location" -> "address_string";
			case "subType" -> ServiceCatalogue.SUB_TYPE;
			case "reportedObject.name" -> ServiceCatalogue.REPORTED_OBJECT;
			case "complainant.phone" -> "phone";
			case "complainant.name" -> "first_name";
			case "complainant.address" -> "email";
			case "receivedAt" -> "jurisdiction_id";
			default -> field;
		};
	}

	private static String dateTime(Instant instant) {
		return W3C
			.format(OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), CampaignDetails.CHINA_TIME));
	}

	private String text(String code, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(code, args, code, locale);
	}

	private static Open311Format format(String suffix) {
		Open311Format format = Open311Format.of(suffix);
		if (format == null) {
			throw new Open311Exception(404, "open311.format.unknown", suffix);
		}
		return format;
	}

}
