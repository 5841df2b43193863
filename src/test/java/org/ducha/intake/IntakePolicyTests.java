package org.ducha.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.HotlineHours;
import org.ducha.campaigns.ReceiptNumberScheme;
import org.ducha.campaigns.StationingPeriod;
import org.ducha.shared.FieldViolation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake rules, one by one, on the 临汾 campaign (2016-11-23..12-23, hotline
 * 8:00–20:00).
 */
class IntakePolicyTests {

	static final CampaignDetails LINFEN = new CampaignDetails(UUID.randomUUID(), "督察组", "141000", "临汾市",
			new StationingPeriod(LocalDate.of(2016, 11, 23), LocalDate.of(2016, 12, 23)), "0357-2069124",
			"山西省临汾市12369信箱", HotlineHours.parse("8:00-20:00"), "scope", new ReceiptNumberScheme("1", "SX"), 7,
			Instant.EPOCH);

	static final Instant NOW = Instant.parse("2016-12-30T00:00:00Z");

	final IntakePolicy policy = new IntakePolicy(
			new IntakeSettings(Map.of(ProblemType.AIR, List.of("恶臭异味", "烟粉尘"), ProblemType.NOISE, List.of("施工噪声"))));

	@Test
	void acceptsACompletePhoneComplaintWithinHours() {
		assertThat(check(phone("2016-11-25T10:15:00+08:00"))).isEmpty();
	}

	@Test
	void asksForTheRecordedMessageMarkOutsideHotlineHours() {
		assertThat(fields(check(phone("2016-11-25T07:59:00+08:00")))).containsExactly("recordedMessage");
		assertThat(fields(check(phone("2016-11-25T20:00:00+08:00")))).containsExactly("recordedMessage");
		assertThat(check(phone("2016-11-25T19:59:00+08:00"))).isEmpty();
		assertThat(check(phone("2016-11-25T23:00:00+08:00", true))).isEmpty();
	}

	@Test
	void readsHotlineHoursInBeijingTimeWhateverTheOffsetSent() {
		assertThat(check(phone("2016-11-25T02:30:00Z"))).isEmpty();
		assertThat(fields(check(phone("2016-11-25T13:30:00Z")))).containsExactly("recordedMessage");
	}

	@Test
	void refusesTheRecordedMessageMarkOnOtherChannels() {
		assertThat(fields(check(registration(Channel.VISIT, "2016-11-25T10:00:00+08:00", null, true))))
			.containsExactly("recordedMessage");
	}

	@Test
	void rejectsAReceivedAtBeforeOrAfterTheStay() {
		assertThat(fields(check(phone("2016-11-22T10:00:00+08:00")))).containsExactly("receivedAt");
		assertThat(fields(check(phone("2016-12-24T10:00:00+08:00")))).containsExactly("receivedAt");
		assertThat(check(phone("2016-12-23T19:00:00+08:00"))).isEmpty();
	}

	@Test
	void rejectsAReceivedAtInTheFuture() {
		assertThat(codes(check(phone("2016-12-30T10:00:00+08:00")))).containsExactly("complaint.receivedAt.future");
	}

	@Test
	void acceptsALetterAfterTheStayOnlyWhenPostmarkedWithinIt() {
		String afterStay = "2016-12-28T10:00:00+08:00";
		assertThat(codes(check(letter(afterStay, null)))).containsExactly("complaint.postmarkDate.requiredAfterStay");
		assertThat(codes(check(letter(afterStay, LocalDate.of(2016, 12, 24)))))
			.containsExactly("complaint.postmarkDate.outsideStay");
		assertThat(check(letter(afterStay, LocalDate.of(2016, 12, 23)))).isEmpty();
	}

	@Test
	void rejectsAPostmarkOnOtherChannelsOrAfterReceipt() {
		assertThat(codes(
				check(registration(Channel.PHONE, "2016-11-25T10:00:00+08:00", LocalDate.of(2016, 11, 24), false))))
			.containsExactly("complaint.postmarkDate.lettersOnly");
		assertThat(codes(check(letter("2016-11-25T10:00:00+08:00", LocalDate.of(2016, 11, 26)))))
			.containsExactly("complaint.postmarkDate.afterReceipt");
	}

	@Test
	void takesLettersAtAnyHour() {
		assertThat(check(letter("2016-11-25T22:00:00+08:00", null))).isEmpty();
	}

	@Test
	void limitsTheDescriptionToFiveToFiveThousandCharacters() {
		assertThat(codes(check(describe("四个字啊")))).containsExactly("field.tooShort");
		assertThat(check(describe("五个字可以"))).isEmpty();
		assertThat(check(describe("污".repeat(5000)))).isEmpty();
		assertThat(codes(check(describe("污".repeat(5001))))).containsExactly("field.tooLong");
		assertThat(codes(check(describe("   ")))).containsExactly("field.required");
	}

	@Test
	void countsCharactersNotUtf16Units() {
		assertThat(check(describe("😀".repeat(5000)))).isEmpty();
	}

	@Test
	void rejectsControlCharacters() {
		assertThat(codes(check(describe("夜间偷排\u0000废水")))).containsExactly("field.controlCharacters");
		assertThat(check(describe("夜间偷排\n废水"))).isEmpty();
	}

	@Test
	void needsAtLeastOneProblemTypeAndASubTypeFromTheirDictionary() {
		ComplaintRegistration base = phone("2016-11-25T10:15:00+08:00");
		assertThat(fields(check(withTypes(base, List.of(), null)))).containsExactly("problemTypes");
		assertThat(fields(check(withTypes(base, List.of(ProblemType.AIR), "施工噪声")))).containsExactly("subType");
		assertThat(check(withTypes(base, List.of(ProblemType.AIR, ProblemType.NOISE), "施工噪声"))).isEmpty();
	}

	@Test
	void checksRegionCodesAndEarlierReceiptNumbers() {
		ComplaintRegistration base = phone("2016-11-25T10:15:00+08:00");
		assertThat(fields(check(
				new ComplaintRegistration(base.receivedAt(), base.channel(), null, null, null, null, base.description(),
						base.problemTypes(), null, null, List.of("D3HN202406020040", "bad number!"), "1410021", null))))
			.containsExactlyInAnyOrder("relatedReceiptNumbers", "regionCode");
	}

	@Test
	void requiresAWayToReachANamedComplainantAndNoneForAnAnonymousOne() {
		assertThat(fields(check(withComplainant(new ComplainantDetails("王某", null, null, false, true)))))
			.containsExactly("complainant.phone");
		assertThat(fields(check(withComplainant(new ComplainantDetails("王某", "12345", null, false, true)))))
			.containsExactly("complainant.phone");
		assertThat(check(withComplainant(new ComplainantDetails("王某", "0357-2069124", null, false, true)))).isEmpty();
		assertThat(check(withComplainant(new ComplainantDetails(null, null, "尧都区某村", false, true)))).isEmpty();
		assertThat(fields(check(withComplainant(new ComplainantDetails(null, "13800000000", null, true, false)))))
			.containsExactly("complainant.anonymous");
		assertThat(check(withComplainant(ComplainantDetails.ANONYMOUS))).isEmpty();
	}

	@Test
	void reportsEveryBrokenRuleAtOnce() {
		ComplaintRegistration bad = new ComplaintRegistration(null, null, null, null, null, null, "", List.of(), null,
				null, null, "x", null);
		assertThat(fields(check(bad))).containsExactlyInAnyOrder("channel", "receivedAt", "description", "problemTypes",
				"regionCode");
	}

	private List<FieldViolation> check(ComplaintRegistration registration) {
		return this.policy.check(registration, LINFEN, NOW);
	}

	private static List<String> fields(List<FieldViolation> violations) {
		return violations.stream().map(FieldViolation::field).toList();
	}

	private static List<String> codes(List<FieldViolation> violations) {
		return violations.stream().map(FieldViolation::code).toList();
	}

	static ComplaintRegistration phone(String receivedAt) {
		return registration(Channel.PHONE, receivedAt, null, false);
	}

	static ComplaintRegistration phone(String receivedAt, boolean recordedMessage) {
		return registration(Channel.PHONE, receivedAt, null, recordedMessage);
	}

	static ComplaintRegistration letter(String receivedAt, LocalDate postmark) {
		return registration(Channel.LETTER, receivedAt, postmark, false);
	}

	static ComplaintRegistration registration(Channel channel, String receivedAt, LocalDate postmark,
			boolean recordedMessage) {
		return new ComplaintRegistration(OffsetDateTime.parse(receivedAt), channel, postmark, recordedMessage,
				new ReportedObject("某砖厂", "尧都区屯里镇"), "尧都区屯里镇东村", "砖厂夜间冒黑烟，周边村民衣物被熏黑。", List.of(ProblemType.AIR), "烟粉尘",
				null, List.of(), "141002", new ComplainantDetails("王某", "13800000000", null, false, true));
	}

	static ComplaintRegistration describe(String description) {
		ComplaintRegistration base = phone("2016-11-25T10:15:00+08:00");
		return new ComplaintRegistration(base.receivedAt(), base.channel(), null, null, base.reportedObject(),
				base.location(), description, base.problemTypes(), null, null, null, "141002", base.complainant());
	}

	static ComplaintRegistration withTypes(ComplaintRegistration base, List<ProblemType> types, String subType) {
		return new ComplaintRegistration(base.receivedAt(), base.channel(), null, null, base.reportedObject(),
				base.location(), base.description(), types, subType, null, null, "141002", base.complainant());
	}

	static ComplaintRegistration withComplainant(ComplainantDetails complainant) {
		ComplaintRegistration base = phone("2016-11-25T10:15:00+08:00");
		return new ComplaintRegistration(base.receivedAt(), base.channel(), null, null, base.reportedObject(),
				base.location(), base.description(), base.problemTypes(), null, null, null, "141002", complainant);
	}

}
