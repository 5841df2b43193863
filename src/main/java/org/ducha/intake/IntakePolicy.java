package org.ducha.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.ducha.campaigns.CampaignDetails;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.RegionCode;

/**
 * The intake rules (受理规则) a complaint must meet before it gets a receipt number. Returns
 * every broken rule at once so a clerk can fix the form in one go.
 */
final class IntakePolicy {

	static final int DESCRIPTION_MIN = 5;

	static final int DESCRIPTION_MAX = 5000;

	/**
	 * Clocks of clerks' machines drift; a received-at this far ahead of ours is still
	 * believed.
	 */
	private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

	private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

	private static final Pattern LANDLINE = Pattern.compile("0[0-9]{2,3}-?[0-9]{7,8}(-[0-9]{1,6})?");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

	private final IntakeSettings settings;

	IntakePolicy(IntakeSettings settings) {
		this.settings = settings;
	}

	List<FieldViolation> check(ComplaintRegistration registration, CampaignDetails campaign, Instant now) {
		List<FieldViolation> violations = new ArrayList<>();
		checkTiming(registration, campaign, now, violations);
		checkText(violations, "description", registration.description(), DESCRIPTION_MIN, DESCRIPTION_MAX, true);
		checkText(violations, "reportedObject.name", registration.reportedObject().name(), 0, 200, false);
		checkText(violations, "reportedObject.address", registration.reportedObject().address(), 0, 300, false);
		checkText(violations, "location", registration.location(), 0, 500, false);
		checkText(violations, "wishes", registration.wishes(), 0, 2000, false);
		if (registration.problemTypes().isEmpty()) {
			violations.add(new FieldViolation("problemTypes", "complaint.problemTypes.required"));
		}
		if (registration.subType() != null && !registration.subType().isBlank()
				&& !this.settings.isKnownSubType(registration.problemTypes(), registration.subType().strip())) {
			violations.add(new FieldViolation("subType", "complaint.subType.unknown"));
		}
		if (registration.relatedReceiptNumbers().size() > 20) {
			violations.add(new FieldViolation("relatedReceiptNumbers", "complaint.relatedReceiptNumbers.tooMany", 20));
		}
		else if (!registration.relatedReceiptNumbers().stream().allMatch(ReceiptNumber::isWellFormed)) {
			violations.add(new FieldViolation("relatedReceiptNumbers", "complaint.relatedReceiptNumbers.invalid"));
		}
		if (registration.regionCode() != null && !registration.regionCode().isBlank()
				&& !RegionCode.isValid(registration.regionCode())) {
			violations.add(new FieldViolation("regionCode", "complaint.regionCode.invalid"));
		}
		checkComplainant(registration.complainant(), violations);
		return violations;
	}

	private void checkTiming(ComplaintRegistration registration, CampaignDetails campaign, Instant now,
			List<FieldViolation> violations) {
		if (registration.channel() == null) {
			violations.add(new FieldViolation("channel", "field.required"));
		}
		if (registration.receivedAt() == null) {
			violations.add(new FieldViolation("receivedAt", "field.required"));
			return;
		}
		Instant received = registration.receivedAt().toInstant();
		if (received.isAfter(now.plus(CLOCK_TOLERANCE))) {
			violations.add(new FieldViolation("receivedAt", "complaint.receivedAt.future"));
			return;
		}
		ZonedDateTime local = received.atZone(campaign.zone());
		LocalDate day = local.toLocalDate();
		boolean letter = registration.channel() == Channel.LETTER;
		LocalDate postmark = registration.postmarkDate();
		if (postmark != null && !letter) {
			violations.add(new FieldViolation("postmarkDate", "complaint.postmarkDate.lettersOnly"));
		}
		if (postmark != null && letter && postmark.isAfter(day)) {
			violations.add(new FieldViolation("postmarkDate", "complaint.postmarkDate.afterReceipt"));
		}
		if (day.isBefore(campaign.period().start())) {
			violations.add(
					new FieldViolation("receivedAt", "complaint.receivedAt.beforeCampaign", campaign.period().start()));
		}
		else if (day.isAfter(campaign.period().end())) {
			if (!letter) {
				violations.add(new FieldViolation("receivedAt", "complaint.receivedAt.afterCampaign",
						campaign.period().end()));
			}
			else if (postmark == null) {
				violations.add(new FieldViolation("postmarkDate", "complaint.postmarkDate.requiredAfterStay",
						campaign.period().end()));
			}
			else if (!campaign.period().contains(postmark) && !postmark.isAfter(day)) {
				violations.add(new FieldViolation("postmarkDate", "complaint.postmarkDate.outsideStay",
						campaign.period().start(), campaign.period().end()));
			}
		}
		if (registration.channel() == Channel.PHONE) {
			if (!campaign.hotlineHours().isOpenAt(local.toLocalTime()) && !registration.isRecordedMessage()) {
				violations.add(new FieldViolation("recordedMessage", "complaint.recordedMessage.required",
						campaign.hotlineHours().toString()));
			}
		}
		else if (registration.isRecordedMessage()) {
			violations.add(new FieldViolation("recordedMessage", "complaint.recordedMessage.phoneOnly"));
		}
	}

	private void checkComplainant(ComplainantDetails complainant, List<FieldViolation> violations) {
		boolean hasName = notBlank(complainant.name());
		boolean hasPhone = notBlank(complainant.phone());
		boolean hasAddress = notBlank(complainant.address());
		if (complainant.isAnonymous()) {
			if (hasName || hasPhone || hasAddress) {
				violations
					.add(new FieldViolation("complainant.anonymous", "complaint.complainant.anonymousWithContact"));
			}
			return;
		}
		checkText(violations, "complainant.name", complainant.name(), 0, 50, false);
		checkText(violations, "complainant.address", complainant.address(), 0, 300, false);
		if (hasPhone) {
			String phone = complainant.phone().strip().replace(" ", "");
			if (!MOBILE.matcher(phone).matches() && !LANDLINE.matcher(phone).matches()) {
				violations.add(new FieldViolation("complainant.phone", "complaint.complainant.phone.invalid"));
			}
		}
		else if (!hasAddress) {
			violations.add(new FieldViolation("complainant.phone", "complaint.complainant.contactRequired"));
		}
	}

	private static void checkText(List<FieldViolation> violations, String field, String value, int min, int max,
			boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				violations.add(new FieldViolation(field, "field.required"));
			}
			return;
		}
		String text = value.strip();
		int length = text.codePointCount(0, text.length());
		if (length < min) {
			violations.add(new FieldViolation(field, "field.tooShort", min));
		}
		else if (length > max) {
			violations.add(new FieldViolation(field, "field.tooLong", max));
		}
		else if (CONTROL.matcher(text).find()) {
			violations.add(new FieldViolation(field, "field.controlCharacters"));
		}
	}

	private static boolean notBlank(String value) {
		return value != null && !value.isBlank();
	}

}
