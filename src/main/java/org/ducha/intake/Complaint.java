package org.ducha.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import org.ducha.shared.ConflictException;

/**
 * 信访举报件: a complaint as registered by the team. Holds what was alleged, never who alleged
 * it (that is sealed in {@code intake.contact}). Every state change goes through
 * {@link #moveTo} against the transition table of {@link ComplaintStatus}, is appended to
 * the timeline and announced as an event.
 */
@Entity
@Table(name = "complaint")
class Complaint extends AbstractAggregateRoot<Complaint> {

	@Id
	private UUID id;

	@Column(name = "campaign_id", nullable = false)
	private UUID campaignId;

	@Column(name = "receipt_number", nullable = false, unique = true)
	private String receiptNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ComplaintStatus status;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Channel channel;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	@Column(name = "received_day", nullable = false)
	private LocalDate receivedDay;

	@Column(name = "postmark_date")
	private LocalDate postmarkDate;

	@Column(name = "recorded_message", nullable = false)
	private boolean recordedMessage;

	@Column(name = "reported_object_name")
	private String reportedObjectName;

	@Column(name = "reported_object_address")
	private String reportedObjectAddress;

	private String location;

	@Column(nullable = false)
	private String description;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "complaint_problem_type", joinColumns = @JoinColumn(name = "complaint_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "problem_type")
	private Set<ProblemType> problemTypes = new LinkedHashSet<>();

	@Column(name = "sub_type")
	private String subType;

	private String wishes;

	@ElementCollection
	@CollectionTable(name = "complaint_related_receipt", joinColumns = @JoinColumn(name = "complaint_id"))
	@OrderColumn(name = "position")
	@Column(name = "receipt_number")
	private List<String> relatedReceiptNumbers = new ArrayList<>();

	@Column(name = "region_code")
	private String regionCode;

	@Column(nullable = false)
	private boolean anonymous;

	@Column(name = "may_contact", nullable = false)
	private boolean mayContact;

	@Enumerated(EnumType.STRING)
	@Column(name = "screening_decision")
	private ScreeningDecision screeningDecision;

	@Column(name = "screening_reason")
	private String screeningReason;

	@Column(name = "receiving_body")
	private String receivingBody;

	@Column(name = "screened_at")
	private Instant screenedAt;

	@Column(name = "registered_by", nullable = false)
	private String registeredBy;

	@Column(name = "registered_at", nullable = false)
	private Instant registeredAt;

	@Column(name = "query_code_hash")
	private String queryCodeHash;

	@Enumerated(EnumType.STRING)
	@Column(name = "region_source")
	private RegionSource regionSource;

	@Column(name = "suggested_region_code")
	private String suggestedRegionCode;

	@Column(name = "suggested_confidence")
	private Double suggestedConfidence;

	@Column(name = "suggested_matched")
	private String suggestedMatched;

	@Column(name = "outside_inspected_region", nullable = false)
	private boolean outsideInspectedRegion;

	@OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sequence")
	private List<ComplaintActivity> activities = new ArrayList<>();

	@Version
	private Integer version;

	protected Complaint() {
	}

	/**
	 * Registers a complaint that has passed the intake rules.
	 * @param id the new complaint's id
	 * @param campaignId the campaign it was received in
	 * @param receiptNumber its receipt number
	 * @param receivedDay the day received, Beijing time
	 * @param registration what was taken down
	 * @param actor the clerk
	 * @param now the moment of registration
	 * @return the complaint, with {@link ComplaintRegistered} pending
	 */
	static Complaint register(UUID id, UUID campaignId, ReceiptNumber receiptNumber, LocalDate receivedDay,
			ComplaintRegistration registration, String actor, Instant now) {
		Complaint complaint = new Complaint();
		complaint.id = id;
		complaint.campaignId = campaignId;
		complaint.receiptNumber = receiptNumber.value();
		complaint.status = ComplaintStatus.RECEIVED;
		complaint.channel = registration.channel();
		complaint.receivedAt = registration.receivedAt().toInstant();
		complaint.receivedDay = receivedDay;
		complaint.postmarkDate = registration.postmarkDate();
		complaint.recordedMessage = registration.isRecordedMessage();
		complaint.reportedObjectName = strippedOrNull(registration.reportedObject().name());
		complaint.reportedObjectAddress = strippedOrNull(registration.reportedObject().address());
		complaint.location = strippedOrNull(registration.location());
		complaint.description = registration.description().strip();
		complaint.problemTypes.addAll(registration.problemTypes());
		complaint.subType = strippedOrNull(registration.subType());
		complaint.wishes = strippedOrNull(registration.wishes());
		complaint.relatedReceiptNumbers.addAll(registration.relatedReceiptNumbers());
		complaint.regionCode = strippedOrNull(registration.regionCode());
		complaint.anonymous = registration.complainant().isAnonymous();
		complaint.mayContact = registration.complainant().mayBeContacted();
		complaint.registeredBy = actor;
		complaint.registeredAt = now;
		complaint.record(now, actor, "REGISTERED", null, ComplaintStatus.RECEIVED, null);
		return complaint;
	}

	/**
	 * 受理: the complaint is within the team's scope.
	 * @param remark an optional note
	 * @param actor who decided
	 * @param now when
	 */
	void accept(String remark, String actor, Instant now) {
		moveTo(ComplaintStatus.ACCEPTED, "ACCEPTED", remark, actor, now);
		this.screeningDecision = ScreeningDecision.ACCEPT;
		this.screeningReason = strippedOrNull(remark);
		this.screenedAt = now;
		registerEvent(new ComplaintAccepted(this.id, this.campaignId, this.receiptNumber, this.regionCode));
	}

	/**
	 * 不予受理，交由地方处理: outside the scope; handed to the body that must deal with it.
	 * @param reason why it is outside the scope
	 * @param receivingBody who receives it, e.g. 尧都区人民政府
	 * @param actor who decided
	 * @param now when
	 */
	void handOver(String reason, String receivingBody, String actor, Instant now) {
		moveTo(ComplaintStatus.HANDED_OVER, "HANDED_OVER", reason, actor, now);
		this.screeningDecision = ScreeningDecision.HAND_OVER;
		this.screeningReason = reason.strip();
		this.receivingBody = receivingBody.strip();
		this.screenedAt = now;
		registerEvent(new ComplaintHandedOver(this.id, this.campaignId, this.receiptNumber, this.receivingBody));
	}

	/**
	 * 对号入座 at registration: the resolver's suggestion, and the region used (the clerk's,
	 * or the suggestion when the clerk gave none and the resolver was sure).
	 */
	void route(RegionSuggestion suggestion, String regionCode, RegionSource source, boolean outside) {
		if (suggestion != null) {
			this.suggestedRegionCode = suggestion.code();
			this.suggestedConfidence = suggestion.confidence();
			this.suggestedMatched = (suggestion.matched() != null && suggestion.matched().length() > 200)
					? suggestion.matched().substring(0, 200) : suggestion.matched();
		}
		this.regionCode = regionCode;
		this.regionSource = (regionCode != null) ? source : null;
		this.outsideInspectedRegion = outside;
		registerEvent(new ComplaintRegistered(this.id, this.campaignId, this.receiptNumber, this.channel,
				this.receivedAt, this.regionCode,
				this.problemTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(this.problemTypes))));
	}

	/**
	 * An officer sets or corrects the region; recorded on the timeline with the reason.
	 */
	void assignRegion(String regionCode, boolean outside, String reason, String actor, Instant now) {
		String previous = (this.regionCode != null) ? this.regionCode : "-";
		this.regionCode = regionCode;
		this.regionSource = RegionSource.OFFICER;
		this.outsideInspectedRegion = outside;
		record(now, actor, "REGION_SET", this.status, this.status,
				previous + " → " + regionCode + ((reason != null && !reason.isBlank()) ? "：" + reason.strip() : ""));
		registerEvent(new ComplaintRerouted(this.id, this.campaignId, this.receiptNumber, regionCode));
	}

	/**
	 * Gives a complaint filed on the public portal the hash of its query code (查询码).
	 * @param hash the encoded code
	 */
	void protectWithQueryCode(String hash) {
		this.queryCodeHash = hash;
	}

	String queryCodeHash() {
		return this.queryCodeHash;
	}

	private void moveTo(ComplaintStatus next, String action, String remark, String actor, Instant now) {
		if (!this.status.canMoveTo(next)) {
			throw new ConflictException("complaint.transition.illegal", this.status, next);
		}
		ComplaintStatus previous = this.status;
		this.status = next;
		record(now, actor, action, previous, next, remark);
	}

	private void record(Instant now, String actor, String action, ComplaintStatus from, ComplaintStatus to,
			String remark) {
		this.activities.add(new ComplaintActivity(this, this.activities.size() + 1, now, actor, action, from, to,
				strippedOrNull(remark)));
	}

	private static String strippedOrNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	UUID id() {
		return this.id;
	}

	UUID campaignId() {
		return this.campaignId;
	}

	ComplaintStatus status() {
		return this.status;
	}

	String regionCode() {
		return this.regionCode;
	}

	String receiptNumber() {
		return this.receiptNumber;
	}

	ComplaintSummary summary() {
		return ComplaintSummary.of(this.id, this.campaignId, this.receiptNumber, this.status, this.channel,
				this.receivedAt, this.problemTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(this.problemTypes)),
				this.regionCode, this.reportedObjectName, this.description, this.subType, this.receivingBody,
				this.screeningReason);
	}

	ComplaintView view() {
		return new ComplaintView(this.id, this.campaignId, this.receiptNumber, this.status, this.channel,
				this.receivedAt, this.postmarkDate, this.recordedMessage,
				new ReportedObject(this.reportedObjectName, this.reportedObjectAddress), this.location,
				this.description,
				this.problemTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(this.problemTypes)), this.subType,
				this.wishes, List.copyOf(this.relatedReceiptNumbers), this.regionCode, this.anonymous, this.mayContact,
				(this.screeningDecision == null) ? null
						: new Screening(this.screeningDecision, this.screeningReason, this.receivingBody,
								this.screenedAt),
				this.registeredBy, this.registeredAt, this.activities.stream().map(ComplaintActivity::toEntry).toList(),
				new Routing(this.regionSource, this.suggestedRegionCode, this.suggestedConfidence,
						this.suggestedMatched, this.outsideInspectedRegion),
				this.version);
	}

}
