package org.ducha.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.ducha.accounts.CurrentOfficer;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.intake.contact.ComplainantContact;
import org.ducha.intake.contact.ContactVault;
import org.ducha.shared.ConflictException;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.RegionCode;
import org.ducha.shared.RuleViolationException;

import tools.jackson.databind.json.JsonMapper;

/**
 * 受理登记与甄别: registers complaints and screens them.
 */
@Service
public class ComplaintIntake {

	private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

	private final CampaignRegistry campaigns;

	private final Complaints complaints;

	private final ReceiptNumbers receiptNumbers;

	private final IdempotencyKeys idempotencyKeys;

	private final ContactVault contactVault;

	private final IntakePolicy policy;

	private final TransactionTemplate transactions;

	private final JsonMapper jsonMapper;

	private final Clock clock;

	private final org.springframework.security.crypto.password.PasswordEncoder queryCodes;

	private final Routes routes;

	/** The actor recorded for complaints filed by the public on the portal. */
	public static final String PUBLIC = "public";

	ComplaintIntake(CampaignRegistry campaigns, Complaints complaints, ReceiptNumbers receiptNumbers,
			IdempotencyKeys idempotencyKeys, ContactVault contactVault, IntakeSettings settings,
			TransactionTemplate transactions, JsonMapper jsonMapper, Clock clock,
			org.springframework.security.crypto.password.PasswordEncoder queryCodes, Routes routes) {
		this.queryCodes = queryCodes;
		this.routes = routes;
		this.campaigns = campaigns;
		this.complaints = complaints;
		this.receiptNumbers = receiptNumbers;
		this.idempotencyKeys = idempotencyKeys;
		this.contactVault = contactVault;
		this.policy = new IntakePolicy(settings);
		this.transactions = transactions;
		this.jsonMapper = jsonMapper;
		this.clock = clock;
	}

	/**
	 * Registers a complaint: checks every intake rule, gives it the next receipt number
	 * of its campaign, channel and day, seals the complainant's contact, and records the
	 * registration on the timeline — all or nothing.
	 * @param campaignId the campaign
	 * @param registration what was taken down
	 * @param actor the clerk
	 * @param idempotencyKey the client's key, or null; the same key with the same request
	 * returns the first result
	 * @return the registered complaint, and whether it was registered before under this
	 * key
	 * @throws RuleViolationException naming every broken rule
	 * @throws ConflictException when the key was used for a different request
	 */
	public Registered register(UUID campaignId, ComplaintRegistration registration, String actor,
			String idempotencyKey) {
		return register(campaignId, registration, actor, idempotencyKey, null);
	}

	/**
	 * Registers a complaint filed by the public on the portal (channel 网络), received now,
	 * and gives it a query code for tracking. Only the code's hash is kept; the code is
	 * shown once.
	 * @param campaignId the campaign
	 * @param registration what was filed (received-at and channel are set here)
	 * @return the receipt number and the query code
	 */
	public OnlineReceipt registerOnline(UUID campaignId, ComplaintRegistration registration) {
		String code = QueryCodes.next();
		ComplaintRegistration online = new ComplaintRegistration(
				java.time.OffsetDateTime.ofInstant(this.clock.instant(), CampaignDetails.CHINA_TIME), Channel.ONLINE,
				null, null, registration.reportedObject(), registration.location(), registration.description(),
				registration.problemTypes(), registration.subType(), registration.wishes(),
				registration.relatedReceiptNumbers(), null, registration.complainant());
		Registered registered = register(campaignId, online, PUBLIC, null, this.queryCodes.encode(code));
		return new OnlineReceipt(registered.complaint().id(), registered.complaint().receiptNumber(), code);
	}

	private Registered register(UUID campaignId, ComplaintRegistration registration, String actor,
			String idempotencyKey, String queryCodeHash) {
		CampaignDetails campaign = this.campaigns.get(campaignId);
		String requestHash = null;
		if (idempotencyKey != null) {
			if (!IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
				throw new RuleViolationException(new FieldViolation("Idempotency-Key", "idempotency.key.invalid"));
			}
			requestHash = hash(campaignId, registration);
			Optional<Registered> earlier = replay(actor, idempotencyKey, requestHash);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		Instant now = this.clock.instant();
		List<FieldViolation> violations = violations(registration, campaign, now);
		String givenRegion = (registration.regionCode() == null || registration.regionCode().isBlank()) ? null
				: registration.regionCode().strip();
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		LocalDate day = registration.receivedAt().atZoneSameInstant(campaign.zone()).toLocalDate();
		this.receiptNumbers.prepare(campaign, registration.channel(), day);
		// resolved before the transaction: the receipt number's counter row stays locked
		// from next() to the commit, so nothing slow belongs between them
		RegionSuggestion suggestion = this.routes.suggest(registration, campaign);
		String hash = requestHash;
		try {
			return this.transactions.execute((status) -> {
				UUID complaintId = UUID.randomUUID();
				if (idempotencyKey != null) {
					this.idempotencyKeys.remember(actor, idempotencyKey, hash, complaintId, now);
				}
				ReceiptNumber number = this.receiptNumbers.next(campaign, registration.channel(), day);
				Complaint complaint = Complaint.register(complaintId, campaignId, number, day, registration, actor,
						now);
				if (queryCodeHash != null) {
					complaint.protectWithQueryCode(queryCodeHash);
				}
				String region = (givenRegion != null) ? givenRegion
						: ((suggestion.code() != null && suggestion.confidence() >= Routes.CONFIDENT)
								? suggestion.code() : null);
				complaint.route(suggestion, region,
						(givenRegion != null) ? RegionSource.OFFICER : RegionSource.RESOLVED,
						Routes.outside(region, campaign));
				Complaint saved = this.complaints.save(complaint);
				ComplainantDetails complainant = registration.complainant();
				if (!complainant.isAnonymous()) {
					this.contactVault.seal(saved.id(), new ComplainantContact(strip(complainant.name()),
							strip(complainant.phone()), strip(complainant.address())));
				}
				return new Registered(saved.view(), false);
			});
		}
		catch (DuplicateKeyException ex) {
			if (idempotencyKey != null) {
				return replay(actor, idempotencyKey, hash).orElseThrow(() -> ex);
			}
			throw ex;
		}
	}

	/**
	 * Checks a registration against every intake rule without registering it (the dry run
	 * of an import): the same rules {@link #register} applies.
	 * @param campaignId the campaign
	 * @param registration what would be registered
	 * @return every broken rule, empty when it would be registered
	 */
	public List<FieldViolation> check(UUID campaignId, ComplaintRegistration registration) {
		return violations(registration, this.campaigns.get(campaignId), this.clock.instant());
	}

	private List<FieldViolation> violations(ComplaintRegistration registration, CampaignDetails campaign, Instant now) {
		List<FieldViolation> violations = new ArrayList<>(this.policy.check(registration, campaign, now));
		String givenRegion = (registration.regionCode() == null || registration.regionCode().isBlank()) ? null
				: registration.regionCode().strip();
		if (givenRegion != null && RegionCode.isValid(givenRegion) && !this.routes.isKnown(givenRegion)) {
			violations.add(new FieldViolation("regionCode", "complaint.regionCode.unknown", givenRegion));
		}
		return violations;
	}

	/**
	 * 甄别: accepts a received complaint into the team's scope, or hands it over to the
	 * locality.
	 * @param complaintId the complaint
	 * @param decision accept or hand over
	 * @param reason the reason (required for a hand-over)
	 * @param receivingBody the body receiving a handed-over complaint
	 * @param officer who decides
	 * @return the complaint after screening
	 */
	public ComplaintView screen(UUID complaintId, ScreeningDecision decision, String reason, String receivingBody,
			CurrentOfficer officer) {
		List<FieldViolation> violations = new ArrayList<>();
		if (decision == null) {
			violations.add(new FieldViolation("decision", "field.required"));
		}
		if (decision == ScreeningDecision.HAND_OVER) {
			if (reason == null || reason.isBlank()) {
				violations.add(new FieldViolation("reason", "screening.reason.required"));
			}
			if (receivingBody == null || receivingBody.isBlank()) {
				violations.add(new FieldViolation("receivingBody", "screening.receivingBody.required"));
			}
		}
		if (reason != null && reason.strip().length() > 1000) {
			violations.add(new FieldViolation("reason", "field.tooLong", 1000));
		}
		if (receivingBody != null && receivingBody.strip().length() > 200) {
			violations.add(new FieldViolation("receivingBody", "field.tooLong", 200));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		return this.transactions.execute((status) -> {
			Complaint complaint = this.complaints.lockById(complaintId)
				.filter((found) -> officer.jurisdiction().covers(found.regionCode()))
				.orElseThrow(() -> new ComplaintNotFound(complaintId));
			Instant now = this.clock.instant();
			if (decision == ScreeningDecision.ACCEPT) {
				complaint.accept(reason, officer.username(), now);
			}
			else {
				complaint.handOver(reason, receivingBody, officer.username(), now);
			}
			return this.complaints.save(complaint).view();
		});
	}

	/**
	 * 改派: sets or corrects a complaint's region, recorded with the reason.
	 * @param complaintId the complaint
	 * @param regionCode the county (or city) it concerns
	 * @param reason why
	 * @param officer who
	 * @return the complaint
	 */
	public ComplaintView assignRegion(UUID complaintId, String regionCode, String reason, CurrentOfficer officer) {
		if (regionCode == null || !RegionCode.isValid(regionCode.strip())) {
			throw new RuleViolationException(new FieldViolation("regionCode", "complaint.regionCode.invalid"));
		}
		if (!this.routes.isKnown(regionCode.strip())) {
			throw new RuleViolationException(
					new FieldViolation("regionCode", "complaint.regionCode.unknown", regionCode.strip()));
		}
		if (reason != null && reason.length() > 500) {
			throw new RuleViolationException(new FieldViolation("reason", "field.tooLong", 500));
		}
		return this.transactions.execute((status) -> {
			Complaint complaint = this.complaints.lockById(complaintId)
				.filter((found) -> officer.jurisdiction().covers(found.regionCode()))
				.orElseThrow(() -> new ComplaintNotFound(complaintId));
			CampaignDetails campaign = this.campaigns.get(complaint.campaignId());
			complaint.assignRegion(regionCode.strip(), Routes.outside(regionCode.strip(), campaign), reason,
					officer.username(), this.clock.instant());
			return this.complaints.save(complaint).view();
		});
	}

	/**
	 * The resolver's reading of a text as a complaint of this campaign (the routing
	 * preview on the form).
	 * @param campaignId the campaign
	 * @param text location, address, description
	 * @return the suggestion
	 */
	public RoutingPreview preview(UUID campaignId, String text) {
		CampaignDetails campaign = this.campaigns.get(campaignId);
		RegionSuggestion suggestion = this.routes.suggest((text != null) ? text : "", campaign.inspectedRegionCode());
		return new RoutingPreview(suggestion.code(), suggestion.confidence(), suggestion.matched(),
				suggestion.code() != null && suggestion.confidence() >= Routes.CONFIDENT,
				Routes.outside(suggestion.code(), campaign));
	}

	/**
	 * What the resolver reads in a text.
	 *
	 * @param code the suggested county, or null
	 * @param confidence 0..1
	 * @param matched the words read
	 * @param confident whether registration would use it
	 * @param outsideInspectedRegion whether it lies outside the inspected region
	 */
	public record RoutingPreview(String code, double confidence, String matched, boolean confident,
			boolean outsideInspectedRegion) {

	}

	private Optional<Registered> replay(String actor, String key, String requestHash) {
		return this.transactions.execute((status) -> this.idempotencyKeys.find(actor, key).map((remembered) -> {
			if (!remembered.requestHash().equals(requestHash)) {
				throw new ConflictException("idempotency.key.reused");
			}
			Complaint complaint = this.complaints.findById(remembered.complaintId())
				.orElseThrow(() -> new ComplaintNotFound(remembered.complaintId()));
			return new Registered(complaint.view(), true);
		}));
	}

	private String hash(UUID campaignId, ComplaintRegistration registration) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(campaignId.toString().getBytes(StandardCharsets.UTF_8));
			digest.update(this.jsonMapper.writeValueAsBytes(registration));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String strip(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * What the public gets after filing online.
	 *
	 * @param complaintId the complaint
	 * @param receiptNumber 受理编号
	 * @param queryCode 查询码, shown once
	 */
	public record OnlineReceipt(UUID complaintId, String receiptNumber, String queryCode) {

		@Override
		public String toString() {
			return "OnlineReceipt[" + this.receiptNumber + ", code sealed]";
		}

	}

	/**
	 * The result of a registration.
	 *
	 * @param complaint the complaint
	 * @param replayed true when an earlier request with the same idempotency key had
	 * registered it
	 */
	public record Registered(ComplaintView complaint, boolean replayed) {

	}

}
