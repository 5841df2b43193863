package org.ducha.interop;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.ducha.accounts.Jurisdiction;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.casework.CaseQueries;
import org.ducha.casework.CaseView;
import org.ducha.disclosure.PublicText;
import org.ducha.intake.Channel;
import org.ducha.intake.ComplainantDetails;
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintQueries;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ComplaintView;
import org.ducha.intake.ProblemType;
import org.ducha.intake.ReportedObject;
import org.ducha.intake.TimelineEntry;
import org.ducha.shared.NotFoundException;

/**
 * Open311 service requests: files them through {@link ComplaintIntake} (the same rules,
 * routing, receipt numbers and repeat check as a complaint typed by a clerk), and keeps
 * their public face — redacted description, place, open/closed with notes — in a small
 * read model that the status board refreshes from intake and casework.
 */
@Service
public class ServiceRequests {

	/** The spec's limit on a description. */
	static final int DESCRIPTION_MAX = 4000;

	private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{1,63}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final CampaignRegistry campaigns;

	private final Open311Keys keys;

	private final ServiceCatalogue catalogue;

	private final ComplaintIntake intake;

	private final ComplaintQueries complaints;

	private final CaseQueries cases;

	private final PublicText publicText;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ServiceRequests(JdbcClient jdbc, CampaignRegistry campaigns, Open311Keys keys, ServiceCatalogue catalogue,
			ComplaintIntake intake, ComplaintQueries complaints, CaseQueries cases, PublicText publicText,
			TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.keys = keys;
		this.catalogue = catalogue;
		this.intake = intake;
		this.complaints = complaints;
		this.cases = cases;
		this.publicText = publicText;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * The campaign a {@code jurisdiction_id} names: its id, or its code (receipt round
	 * and unit letters, e.g. {@code 3HN}).
	 * @param jurisdictionId as sent
	 * @return the campaign
	 * @throws Open311Exception 400 when missing, 404 when unknown
	 */
	public CampaignDetails jurisdiction(String jurisdictionId) {
		if (jurisdictionId == null || jurisdictionId.isBlank()) {
			throw Open311Exception.badRequest("open311.jurisdiction.required");
		}
		String value = jurisdictionId.strip();
		try {
			UUID id = UUID.fromString(value);
			return this.campaigns.get(id);
		}
		catch (IllegalArgumentException ex) {
			return this.campaigns.all()
				.stream()
				.filter((campaign) -> code(campaign).equalsIgnoreCase(value))
				.findFirst()
				.orElseThrow(() -> Open311Exception.notFound("open311.jurisdiction.unknown", value));
		}
		catch (NotFoundException ex) {
			throw Open311Exception.notFound("open311.jurisdiction.unknown", value);
		}
	}

	/**
	 * A campaign's jurisdiction code.
	 * @param campaign the campaign
	 * @return round and unit letters, e.g. {@code 3HN}
	 */
	public static String code(CampaignDetails campaign) {
		return campaign.receiptNumberScheme().round() + campaign.receiptNumberScheme().unitLetters();
	}

	/**
	 * Files a service request. Checks, in the spec's order of errors: jurisdiction (400,
	 * 404), API key (403), service code (400, 404), location and description (400); then
	 * intake's own rules (400, every broken rule named).
	 * @param submission the form as sent
	 * @return the receipt
	 */
	public Filed submit(Submission submission) {
		CampaignDetails campaign = jurisdiction(submission.jurisdictionId());
		ApiKeyView key = this.keys.verify(submission.apiKey())
			.filter((found) -> found.campaignId().equals(campaign.id()))
			.orElseThrow(() -> Open311Exception.forbidden("open311.apiKey.invalid"));
		if (submission.serviceCode() == null || submission.serviceCode().isBlank()) {
			throw Open311Exception.badRequest("open311.serviceCode.required");
		}
		ProblemType type = this.catalogue.find(submission.serviceCode())
			.orElseThrow(() -> Open311Exception.notFound("open311.serviceCode.unknown", submission.serviceCode()));
		Double lat = coordinate(submission.lat(), "lat", 90);
		Double lon = coordinate(submission.lon(), "long", 180);
		if ((lat == null) != (lon == null)) {
			throw Open311Exception.badRequest("open311.location.pair");
		}
		String address = blankToNull(submission.addressString());
		if (lat == null && address == null) {
			throw Open311Exception.badRequest((blankToNull(submission.addressId()) != null)
					? "open311.location.addressIdUnsupported" : "open311.location.required");
		}
		if (address != null && address.length() > 500) {
			throw Open311Exception.badRequest("open311.address.tooLong", 500);
		}
		String description = blankToNull(submission.description());
		if (description == null) {
			throw Open311Exception.badRequest("open311.description.required");
		}
		if (description.codePointCount(0, description.length()) > DESCRIPTION_MAX) {
			throw Open311Exception.badRequest("open311.description.tooLong", DESCRIPTION_MAX);
		}
		String subType = single(submission, ServiceCatalogue.SUB_TYPE);
		if (subType != null && !this.catalogue.subTypes(type).contains(subType)) {
			throw Open311Exception.badRequest("open311.attribute.invalid", ServiceCatalogue.SUB_TYPE);
		}
		String reportedObject = single(submission, ServiceCatalogue.REPORTED_OBJECT);
		String location = joinLocation(address, lat, lon);
		ComplaintRegistration registration = new ComplaintRegistration(
				OffsetDateTime.ofInstant(this.clock.instant(), campaign.zone()), Channel.ONLINE, null, null,
				new ReportedObject(reportedObject, null), location, description, List.of(type), subType, null, null,
				null, complainant(submission));
		String actor = "open311:" + key.prefix();
		String idempotencyKey = blankToNull(submission.idempotencyKey());
		if (idempotencyKey != null) {
			Optional<ServiceRequestView> earlier = this.jdbc
				.sql(SELECT + " WHERE api_key_id = ? AND idempotency_key = ?")
				.params(key.id(), idempotencyKey)
				.query(ServiceRequests::view)
				.optional();
			if (earlier.isPresent()) {
				return new Filed(earlier.get(), key.tokenResponses());
			}
		}
		return this.transactions.execute((status) -> {
			ComplaintView complaint = this.intake.register(campaign.id(), registration, actor, idempotencyKey)
				.complaint();
			String token = newToken();
			this.jdbc
				.sql("INSERT INTO open311_request (complaint_id, campaign_id, receipt_number, request_token, api_key_id, "
						+ "service_code, public_description, address, lat, lon, requested_at, updated_at, closed, stage, "
						+ "idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(complaint.id(), campaign.id(), complaint.receiptNumber(), token, key.id(), type.name(),
						this.publicText.redact(description).text(),
						(address != null) ? this.publicText.redact(address).text() : null, lat, lon,
						Timestamp.from(complaint.receivedAt()), Timestamp.from(complaint.registeredAt()), false,
						RequestStage.RECEIVED.name(), idempotencyKey)
				.update();
			return new Filed(find(campaign.id(), complaint.receiptNumber()).orElseThrow(), key.tokenResponses());
		});
	}

	/**
	 * One request of a campaign.
	 * @param campaignId the campaign
	 * @param serviceRequestId the receipt number
	 * @return the request
	 */
	public Optional<ServiceRequestView> find(UUID campaignId, String serviceRequestId) {
		return this.jdbc.sql(SELECT + " WHERE campaign_id = ? AND receipt_number = ?")
			.params(campaignId, serviceRequestId)
			.query(ServiceRequests::view)
			.optional();
	}

	/**
	 * The request a token was handed out for.
	 * @param campaignId the campaign
	 * @param token the token
	 * @return the request
	 */
	public Optional<ServiceRequestView> byToken(UUID campaignId, String token) {
		return this.jdbc.sql(SELECT + " WHERE campaign_id = ? AND request_token = ?")
			.params(campaignId, token)
			.query(ServiceRequests::view)
			.optional();
	}

	/**
	 * Requests matching a query, newest first: by ids, or by service codes, status and a
	 * window of at most 90 days (default: the last 90 days), at most 1,000.
	 * @param campaign the campaign
	 * @param query the query as sent
	 * @return the requests
	 */
	public List<ServiceRequestView> search(CampaignDetails campaign, RequestQuery query) {
		List<String> ids = RequestQuery.split(query.serviceRequestIds());
		if (!ids.isEmpty()) {
			List<Object> params = new ArrayList<>();
			params.add(campaign.id());
			params.addAll(ids.stream().limit(RequestQuery.LIMIT).toList());
			return this.jdbc
				.sql(SELECT + " WHERE campaign_id = ? AND receipt_number IN (" + marks(params.size() - 1)
						+ ") ORDER BY requested_at DESC")
				.params(params)
				.query(ServiceRequests::view)
				.list();
		}
		Instant[] window = window(query);
		List<Object> params = new ArrayList<>(
				List.of(campaign.id(), Timestamp.from(window[0]), Timestamp.from(window[1])));
		StringBuilder sql = new StringBuilder(
				SELECT + " WHERE campaign_id = ? AND requested_at >= ? AND requested_at <= ?");
		List<String> codes = RequestQuery.split(query.serviceCodes())
			.stream()
			.map((code) -> code.toUpperCase(Locale.ROOT))
			.toList();
		if (!codes.isEmpty()) {
			sql.append(" AND service_code IN (").append(marks(codes.size())).append(')');
			params.addAll(codes);
		}
		List<String> statuses = RequestQuery.split(query.status());
		for (String status : statuses) {
			if (!"open".equals(status) && !"closed".equals(status)) {
				throw Open311Exception.badRequest("open311.status.invalid", status);
			}
		}
		if (statuses.size() == 1) {
			sql.append(" AND closed = ?");
			params.add("closed".equals(statuses.get(0)));
		}
		sql.append(" ORDER BY requested_at DESC LIMIT ").append(RequestQuery.LIMIT);
		return this.jdbc.sql(sql.toString()).params(params).query(ServiceRequests::view).list();
	}

	private Instant[] window(RequestQuery query) {
		String startText = blankToNull(query.startDate());
		String endText = blankToNull(query.endDate());
		Instant start = (startText != null) ? RequestQuery.dateTime(startText, "start_date").toInstant() : null;
		Instant end = (endText != null) ? RequestQuery.dateTime(endText, "end_date").toInstant() : null;
		if (start == null && end == null) {
			end = this.clock.instant();
		}
		if (start == null) {
			start = end.minus(RequestQuery.MAX_SPAN);
		}
		if (end == null) {
			end = start.plus(RequestQuery.MAX_SPAN);
		}
		if (end.isBefore(start)) {
			throw Open311Exception.badRequest("open311.date.order");
		}
		if (java.time.Duration.between(start, end).compareTo(RequestQuery.MAX_SPAN) > 0) {
			throw Open311Exception.badRequest("open311.date.span", RequestQuery.MAX_SPAN.toDays());
		}
		return new Instant[] { start, end };
	}

	/**
	 * Whether a complaint was filed as an Open311 request (its status is kept for the
	 * requester).
	 * @param complaintId a complaint
	 * @return whether it has a request
	 */
	public boolean tracks(java.util.UUID complaintId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM open311_request WHERE complaint_id = ?")
			.param(complaintId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Brings one request's public status up to date from intake and casework (called on
	 * their events; reads the current state, so the order of events does not matter).
	 * @param complaintId the complaint
	 */
	void refresh(UUID complaintId) {
		if (!tracks(complaintId)) {
			return;
		}
		ComplaintView complaint = this.complaints.get(complaintId, Jurisdiction.everywhere());
		Optional<CaseView> found = this.cases.forComplaint(complaintId);
		RequestStage stage;
		String detail = null;
		String agency = null;
		Instant updated = complaint.timeline()
			.stream()
			.map(TimelineEntry::at)
			.max(Instant::compareTo)
			.orElse(complaint.registeredAt());
		if (found.isPresent()) {
			CaseView file = found.get();
			stage = stageOf(file);
			agency = file.responsibleUnit();
			Instant caseUpdated = file.timeline()
				.stream()
				.map(org.ducha.casework.CaseTimelineEntry::at)
				.max(Instant::compareTo)
				.orElse(updated);
			updated = caseUpdated.isAfter(updated) ? caseUpdated : updated;
		}
		else {
			stage = switch (complaint.status()) {
				case RECEIVED -> RequestStage.RECEIVED;
				case ACCEPTED -> RequestStage.ACCEPTED;
				case HANDED_OVER -> RequestStage.HANDED_OVER;
				case MERGED -> RequestStage.MERGED;
			};
			if (stage == RequestStage.HANDED_OVER && complaint.screening() != null) {
				detail = complaint.screening().receivingBody();
			}
		}
		this.jdbc
			.sql("UPDATE open311_request SET stage = ?, closed = ?, stage_detail = ?, agency = ?, updated_at = ? "
					+ "WHERE complaint_id = ?")
			.params(stage.name(), stage.closed(), detail, agency, Timestamp.from(updated), complaintId)
			.update();
	}

	static RequestStage stageOf(CaseView file) {
		return switch (file.status()) {
			case TRANSFERRED -> RequestStage.TRANSFERRED;
			case SIGNED -> RequestStage.SIGNED;
			case REPORTED -> RequestStage.REPORTED;
			case RETURNED -> RequestStage.RETURNED;
			case RETURNED_TO_TEAM -> RequestStage.RETURNED_TO_TEAM;
			case CONCLUDED -> switch ((file.closure() != null) ? file.closure() : org.ducha.casework.Closure.OPEN) {
				case CLOSED -> RequestStage.CONCLUDED_CLOSED;
				case PARTLY_CLOSED -> RequestStage.CONCLUDED_PARTLY;
				case OPEN -> RequestStage.CONCLUDED_OPEN;
			};
		};
	}

	/**
	 * The sealed complainant record from the Open311 contact fields: name (family name
	 * first for Chinese names), phone, and the e-mail in the address line (the sealed
	 * record has no e-mail field). A name with neither phone nor e-mail cannot be used to
	 * reach anyone, so such a request is registered as anonymous and the name is dropped.
	 */
	static ComplainantDetails complainant(Submission submission) {
		String first = blankToNull(submission.firstName());
		String last = blankToNull(submission.lastName());
		String phone = blankToNull(submission.phone());
		String email = blankToNull(submission.email());
		if (email != null && !EMAIL.matcher(email).matches()) {
			throw Open311Exception.badRequest("open311.email.invalid");
		}
		if (phone == null && email == null) {
			return ComplainantDetails.ANONYMOUS;
		}
		String name = null;
		if (first != null || last != null) {
			boolean chinese = CJK.matcher(((last != null) ? last : "") + ((first != null) ? first : "")).find();
			name = chinese ? (((last != null) ? last : "") + ((first != null) ? first : "")) : String.join(" ",
					java.util.stream.Stream.of(first, last).filter(java.util.Objects::nonNull).toList());
		}
		return new ComplainantDetails(name, phone, (email != null) ? "E-mail: " + email : null, false, true);
	}

	private static String joinLocation(String address, Double lat, Double lon) {
		String coordinates = (lat != null) ? String.format(Locale.ROOT, "WGS84 %.6f,%.6f", lat, lon) : null;
		if (address == null) {
			return coordinates;
		}
		return (coordinates == null) ? address : address + " (" + coordinates + ")";
	}

	private static Double coordinate(String value, String parameter, int bound) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		try {
			double parsed = Double.parseDouble(text);
			if (Double.isNaN(parsed) || Math.abs(parsed) > bound) {
				throw Open311Exception.badRequest("open311.coordinate.invalid", parameter);
			}
			return parsed;
		}
		catch (NumberFormatException ex) {
			throw Open311Exception.badRequest("open311.coordinate.invalid", parameter);
		}
	}

	private static String single(Submission submission, String code) {
		List<String> values = submission.attributes().get(code);
		if (values == null || values.isEmpty()) {
			return null;
		}
		if (values.size() > 1) {
			throw Open311Exception.badRequest("open311.attribute.single", code);
		}
		String value = blankToNull(values.get(0));
		if (value != null && value.length() > 200) {
			throw Open311Exception.badRequest("open311.attribute.tooLong", code, 200);
		}
		return value;
	}

	private static String newToken() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static String marks(int count) {
		return String.join(", ", java.util.Collections.nCopies(count, "?"));
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static final String SELECT = "SELECT receipt_number, request_token, service_code, public_description, "
			+ "address, lat, lon, requested_at, updated_at, stage, stage_detail, agency FROM open311_request";

	private static ServiceRequestView view(ResultSet rs, int row) throws SQLException {
		double lat = rs.getDouble(6);
		boolean noLat = rs.wasNull();
		double lon = rs.getDouble(7);
		boolean noLon = rs.wasNull();
		return new ServiceRequestView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getString(5), noLat ? null : lat, noLon ? null : lon,
				rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getObject(9, OffsetDateTime.class).toInstant(),
				RequestStage.valueOf(rs.getString(10)), rs.getString(11), rs.getString(12));
	}

	/**
	 * A filed request.
	 *
	 * @param request the request
	 * @param tokenOnly answer with the token, not the id (the key asked for batch-style
	 * answers)
	 */
	public record Filed(ServiceRequestView request, boolean tokenOnly) {

	}

}
