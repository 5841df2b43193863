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

	@Column(name = "merged_into")
	private UUID mergedInto;

	@Enumerated(EnumType.STRING)
	@Column(name = "status_before_merge")
	private ComplaintStatus statusBeforeMerge;

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
	 * 合并: this complaint repeats {@code master} and is merged into it. It is then not
	 * screened or transferred on its own (it leaves {@link ComplaintStatus#ACCEPTED}, so
	 * no batch takes it) and is counted on the master. Both timelines record it.
	 * @param master the earlier complaint of the same campaign, itself neither merged nor
	 * handed over
	 * @param actor who decided
	 * @param now when
	 * @throws org.ducha.shared.RuleViolationException for itself or another campaign's
	 * complaint
	 * @throws ConflictException when this complaint cannot be merged from its status, or
	 * the master cannot take it
	 */
	void mergeInto(Complaint master, String actor, Instant now) {
		if (master.id.equals(this.id)) {
			throw new org.ducha.shared.RuleViolationException(
					new org.ducha.shared.FieldViolation("intoComplaintId", "complaint.merge.self"));
		}
		if (!master.campaignId.equals(this.campaignId)) {
			throw new org.ducha.shared.RuleViolationException(new org.ducha.shared.FieldViolation("intoComplaintId",
					"complaint.merge.otherCampaign", master.receiptNumber));
		}
		if (master.status == ComplaintStatus.MERGED) {
			throw new ConflictException("complaint.merge.masterMerged", master.receiptNumber);
		}
		if (master.status == ComplaintStatus.HANDED_OVER) {
			throw new ConflictException("complaint.merge.masterHandedOver", master.receiptNumber);
		}
		ComplaintStatus before = this.status;
		moveTo(ComplaintStatus.MERGED, "MERGED", master.receiptNumber, actor, now);
		this.mergedInto = master.id;
		this.statusBeforeMerge = before;
		master.record(now, actor, "REPEAT_MERGED", master.status, master.status, this.receiptNumber);
		registerEvent(new ComplaintMerged(this.id, this.campaignId, this.receiptNumber, master.id, master.receiptNumber,
				before));
	}

	/**
	 * Undoes a merge (a team leader's decision): the complaint returns to the status it
	 * had before, and so, if it had been accepted, to the complaints awaiting transfer.
	 * @param master the complaint it was merged into
	 * @param actor who undid it
	 * @param now when
	 * @throws ConflictException when it is not merged into {@code master}
	 */
	void undoMerge(Complaint master, String actor, Instant now) {
		if (this.status != ComplaintStatus.MERGED || !master.id.equals(this.mergedInto)) {
			throw new ConflictException("complaint.merge.notMerged", this.receiptNumber);
		}
		ComplaintStatus restored = this.statusBeforeMerge;
		this.status = restored;
		this.mergedInto = null;
		this.statusBeforeMerge = null;
		record(now, actor, "MERGE_UNDONE", ComplaintStatus.MERGED, restored, master.receiptNumber);
		master.record(now, actor, "REPEAT_MERGE_UNDONE", master.status, master.status, this.receiptNumber);
		registerEvent(new ComplaintMergeUndone(this.id, this.campaignId, this.receiptNumber, master.id, restored));
	}

	/**
	 * Records a decision about this complaint and another one on the timeline (关联, 不是重复,
	 * their undoing, a repeat of a closed case) without changing the status.
	 * @param note what was decided
	 * @param other the other complaint's receipt number
	 * @param actor who
	 * @param now when
	 */
	void note(TimelineNote note, String other, String actor, Instant now) {
		record(now, actor, note.name(), this.status, this.status, other);
	}

	UUID mergedInto() {
		return this.mergedInto;
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
