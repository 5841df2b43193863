package org.ducha.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Generated complaint number {@code i}, all of whose facts follow from {@code i}: its
 * campaign (50,000 complaints each), channel, day, gap-free receipt number, site (a
 * fifth repeat an earlier complaint's site), status, and for four in five a case file in
 * one of the case states.
 */
record CaseModel(long i, int campaign, int local, String channel, char letter, int day, int sequence,
		String receiptNumber, Vocabulary.Site site, String description, String complaintStatus, String caseStatus,
		boolean repeat, Instant receivedAt) {

	static final int PER_CAMPAIGN = 50_000;

	static final int DAYS = 30;

	static final String[] CHANNELS = { "PHONE", "LETTER", "VISIT", "ONLINE" };

	static final char[] LETTERS = { 'D', 'X', 'F', 'W' };

	static final int BUCKETS = CHANNELS.length * DAYS;

	static final LocalDate FIRST_START = LocalDate.of(2024, 3, 1);

	static final String ROUND = "8";

	static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

	private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

	/** Tags of generated ids: {@code id(tag, n)}. */
	static final int CAMPAIGN = 1, COMPLAINT = 2, COMPLAINT_ACTIVITY = 3, BATCH = 4, CASE = 5, CASE_ACTIVITY = 6,
			REPORT = 7, REVIEW = 8, FOLLOW_UP = 9, DISCLOSURE = 10, PLAN = 11, TASK = 12, OFFICER = 13;

	static UUID id(int tag, long n) {
		return new UUID(0x0BE7C400_00000000L | ((long) tag << 16), n);
	}

	static LocalDate start(int campaign) {
		return FIRST_START.plusDays(40L * campaign);
	}

	static String unitLetters(int campaign) {
		return "Q" + (char) ('A' + campaign / 676 % 26) + (char) ('A' + campaign / 26 % 26) + (char) ('A' + campaign % 26);
	}

	static CaseModel of(long i) {
		int campaign = (int) (i / PER_CAMPAIGN);
		int local = (int) (i % PER_CAMPAIGN);
		int bucket = local % BUCKETS;
		int channelIndex = bucket / DAYS;
		int day = bucket % DAYS;
		int sequence = local / BUCKETS + 1;
		LocalDate date = start(campaign).plusDays(day);
		String receipt = LETTERS[channelIndex] + ROUND + unitLetters(campaign) + BASIC.format(date)
				+ String.format("%04d", sequence);
		long h = Vocabulary.mix(i);
		boolean repeat = local > 0 && Math.floorMod(h, 5) == 0;
		Vocabulary.Site site = Vocabulary.Site.of(siteNumber(i));
		int r = (int) Math.floorMod(Vocabulary.mix(i ^ 0x5555), 100);
		String complaintStatus = (r < 4) ? "RECEIVED" : (r < 8) ? "HANDED_OVER" : (r < 10 && local > 0) ? "MERGED" : "ACCEPTED";
		String caseStatus = null;
		if (r >= 20) {
			int s = (int) Math.floorMod(Vocabulary.mix(i ^ 0x7777), 100);
			caseStatus = (s < 12) ? "TRANSFERRED" : (s < 27) ? "SIGNED" : (s < 37) ? "REPORTED" : (s < 42) ? "RETURNED"
					: (s < 45) ? "RETURNED_TO_TEAM" : "CONCLUDED";
		}
		Instant received = date.atTime(8, 0).plusMinutes((local / 7) % 600).toInstant(CHINA);
		return new CaseModel(i, campaign, local, CHANNELS[channelIndex], LETTERS[channelIndex], day, sequence, receipt,
				site, Vocabulary.description(site, i), complaintStatus, caseStatus, repeat, received);
	}

	/** The site of complaint {@code i}: its own, or an earlier one's in the same campaign. */
	static long siteNumber(long i) {
		long n = i;
		while (true) {
			long h = Vocabulary.mix(n);
			int local = (int) (n % PER_CAMPAIGN);
			if (local == 0 || Math.floorMod(h, 5) != 0) {
				return n;
			}
			n = n - 1 - Math.floorMod(h >>> 8, Math.min(local, 400));
		}
	}

	UUID complaintId() {
		return id(COMPLAINT, this.i);
	}

	UUID campaignId() {
		return id(CAMPAIGN, this.campaign);
	}

	UUID caseId() {
		return id(CASE, this.i);
	}

	UUID batchId() {
		return id(BATCH, (long) this.campaign * 100 + this.day);
	}

	int batchNumber() {
		return this.day + 1;
	}

	LocalDate receivedDay() {
		return start(this.campaign).plusDays(this.day);
	}

	LocalDate transferredOn() {
		return receivedDay().plusDays(1);
	}

	boolean hasCase() {
		return this.caseStatus != null;
	}

	boolean keyCase() {
		return Math.floorMod(Vocabulary.mix(this.i ^ 0x1111), 20) == 0;
	}

	String closure() {
		return (Math.floorMod(Vocabulary.mix(this.i ^ 0x2222), 10) < 7) ? "CLOSED" : "PARTLY_CLOSED";
	}

	String verdict() {
		return Vocabulary.pick(java.util.List.of("TRUE", "MOSTLY_TRUE", "PARTLY_TRUE", "FALSE"),
				Vocabulary.mix(this.i ^ 0x3333));
	}

	/** How far the case got: 1 transferred, 2 signed, 3 reported, 4 reviewed. */
	int stage() {
		return switch (this.caseStatus) {
			case "TRANSFERRED", "RETURNED_TO_TEAM" -> 1;
			case "SIGNED" -> 2;
			case "REPORTED" -> 3;
			default -> 4;
		};
	}

	String leadUnit() {
		return this.site.county() + Vocabulary.pick(Vocabulary.LEAD_UNITS, Vocabulary.mix(this.i ^ 0x4444));
	}

	/** A rectification task follows a tenth of the partly closed concluded cases. */
	boolean hasTask() {
		return "CONCLUDED".equals(this.caseStatus) && "PARTLY_CLOSED".equals(closure())
				&& Math.floorMod(Vocabulary.mix(this.i ^ 0x6666), 3) == 0;
	}

}
