package org.ducha.intake.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;

import org.ducha.intake.Channel;
import org.ducha.intake.ComplainantDetails;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ProblemType;
import org.ducha.intake.ReportedObject;

/**
 * The intake clerk's registration form. Times are typed in Beijing time.
 */
public class ComplaintForm {

	/**
	 * API field paths → form fields, so that rule violations land next to the right
	 * input.
	 */
	static final Map<String, String> FIELDS = Map.of("reportedObject.name", "reportedObjectName",
			"reportedObject.address", "reportedObjectAddress", "complainant.name", "complainantName",
			"complainant.phone", "complainantPhone", "complainant.address", "complainantAddress",
			"complainant.anonymous", "anonymous");

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime receivedAt;

	private Channel channel = Channel.PHONE;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate postmarkDate;

	private boolean recordedMessage;

	private String reportedObjectName;

	private String reportedObjectAddress;

	private String location;

	private String description;

	private List<ProblemType> problemTypes = new ArrayList<>();

	private String subType;

	private String wishes;

	private String relatedReceiptNumbers;

	private String regionCode;

	private String complainantName;

	private String complainantPhone;

	private String complainantAddress;

	private boolean anonymous;

	private boolean consentToContact = true;

	static String formField(String apiField) {
		return FIELDS.getOrDefault(apiField, apiField);
	}

	ComplaintRegistration toRegistration(ZoneId zone) {
		List<String> related = (this.relatedReceiptNumbers == null || this.relatedReceiptNumbers.isBlank()) ? List.of()
				: Arrays.stream(this.relatedReceiptNumbers.split("[,，;；\\s]+")).filter((s) -> !s.isBlank()).toList();
		ComplainantDetails complainant = this.anonymous
				? new ComplainantDetails(this.complainantName, this.complainantPhone, this.complainantAddress, true,
						false)
				: new ComplainantDetails(this.complainantName, this.complainantPhone, this.complainantAddress, false,
						this.consentToContact);
		return new ComplaintRegistration(
				(this.receivedAt != null) ? this.receivedAt.atZone(zone).toOffsetDateTime() : null, this.channel,
				(this.channel == Channel.LETTER) ? this.postmarkDate : null,
				(this.channel == Channel.PHONE) && this.recordedMessage,
				new ReportedObject(this.reportedObjectName, this.reportedObjectAddress), this.location,
				this.description, this.problemTypes, this.subType, this.wishes, related, this.regionCode, complainant);
	}

	public LocalDateTime getReceivedAt() {
		return this.receivedAt;
	}

	public void setReceivedAt(LocalDateTime receivedAt) {
		this.receivedAt = receivedAt;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

	public LocalDate getPostmarkDate() {
		return this.postmarkDate;
	}

	public void setPostmarkDate(LocalDate postmarkDate) {
		this.postmarkDate = postmarkDate;
	}

	public boolean isRecordedMessage() {
		return this.recordedMessage;
	}

	public void setRecordedMessage(boolean recordedMessage) {
		this.recordedMessage = recordedMessage;
	}

	public String getReportedObjectName() {
		return this.reportedObjectName;
	}

	public void setReportedObjectName(String reportedObjectName) {
		this.reportedObjectName = reportedObjectName;
	}

	public String getReportedObjectAddress() {
		return this.reportedObjectAddress;
	}

	public void setReportedObjectAddress(String reportedObjectAddress) {
		this.reportedObjectAddress = reportedObjectAddress;
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<ProblemType> getProblemTypes() {
		return this.problemTypes;
	}

	public void setProblemTypes(List<ProblemType> problemTypes) {
		this.problemTypes = problemTypes;
	}

	public String getSubType() {
		return this.subType;
	}

	public void setSubType(String subType) {
		this.subType = subType;
	}

	public String getWishes() {
		return this.wishes;
	}

	public void setWishes(String wishes) {
		this.wishes = wishes;
	}

	public String getRelatedReceiptNumbers() {
		return this.relatedReceiptNumbers;
	}

	public void setRelatedReceiptNumbers(String relatedReceiptNumbers) {
		this.relatedReceiptNumbers = relatedReceiptNumbers;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public String getComplainantName() {
		return this.complainantName;
	}

	public void setComplainantName(String complainantName) {
		this.complainantName = complainantName;
	}

	public String getComplainantPhone() {
		return this.complainantPhone;
	}

	public void setComplainantPhone(String complainantPhone) {
		this.complainantPhone = complainantPhone;
	}

	public String getComplainantAddress() {
		return this.complainantAddress;
	}

	public void setComplainantAddress(String complainantAddress) {
		this.complainantAddress = complainantAddress;
	}

	public boolean isAnonymous() {
		return this.anonymous;
	}

	public void setAnonymous(boolean anonymous) {
		this.anonymous = anonymous;
	}

	public boolean isConsentToContact() {
		return this.consentToContact;
	}

	public void setConsentToContact(boolean consentToContact) {
		this.consentToContact = consentToContact;
	}

	@Override
	public String toString() {
		return "ComplaintForm[complainant sealed]";
	}

}
