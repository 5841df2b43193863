package org.ducha.interop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ducha.intake.Channel;
import org.ducha.intake.ComplainantDetails;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ProblemType;
import org.ducha.intake.ReportedObject;
import org.ducha.shared.FieldViolation;

/**
 * Turns spreadsheet rows into registrations under a column mapping: reads dates,
 * channels, problem types and yes/no cells the way 12345 exports write them, marks
 * formulas and oversized cells, and fingerprints each row's content so the same row is
 * never imported twice.
 */
final class ImportRows {

	private static final Pattern DATE_TIME = Pattern
		.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?");

	private static final Pattern LIST = Pattern.compile("[、,，;；/\\s]+");

	private static final Map<String, ProblemType> TYPES = Map.ofEntries(Map.entry("大气", ProblemType.AIR),
			Map.entry("空气", ProblemType.AIR), Map.entry("废气", ProblemType.AIR), Map.entry("水", ProblemType.WATER),
			Map.entry("废水", ProblemType.WATER), Map.entry("土壤", ProblemType.SOIL), Map.entry("噪声", ProblemType.NOISE),
			Map.entry("噪音", ProblemType.NOISE), Map.entry("固废", ProblemType.SOLID_WASTE),
			Map.entry("固体废物", ProblemType.SOLID_WASTE), Map.entry("垃圾", ProblemType.SOLID_WASTE),
			Map.entry("生态", ProblemType.ECOLOGY), Map.entry("辐射", ProblemType.RADIATION),
			Map.entry("海洋", ProblemType.MARINE), Map.entry("其他", ProblemType.OTHER));

	private static final Map<String, Channel> CHANNELS = Map.ofEntries(Map.entry("来电", Channel.PHONE),
			Map.entry("电话", Channel.PHONE), Map.entry("来信", Channel.LETTER), Map.entry("信件", Channel.LETTER),
			Map.entry("来访", Channel.VISIT), Map.entry("网络", Channel.ONLINE), Map.entry("网上", Channel.ONLINE),
			Map.entry("网站", Channel.ONLINE), Map.entry("微信", Channel.ONLINE), Map.entry("12345", Channel.HOTLINE_12345),
			Map.entry("12345转入", Channel.HOTLINE_12345));

	private final UUID campaignId;

	private final ZoneId zone;

	private final Map<ImportField, Integer> columns;

	private final int maxCellChars;

	/**
	 * @param campaignId the campaign (part of every fingerprint)
	 * @param zone the campaign's time zone, for times without an offset
	 * @param columns the column of each mapped field
	 * @param maxCellChars the size limit of a cell
	 */
	ImportRows(UUID campaignId, ZoneId zone, Map<ImportField, Integer> columns, int maxCellChars) {
		this.campaignId = campaignId;
		this.zone = zone;
		this.columns = new EnumMap<>(ImportField.class);
		this.columns.putAll(columns);
		this.maxCellChars = maxCellChars;
	}

	/**
	 * Reads one row.
	 * @param row the row
	 * @return the registration (null when a cell could not be read) and what was wrong
	 */
	Reading read(SpreadsheetReader.SheetRow row) {
		List<FieldViolation> errors = new ArrayList<>();
		for (Map.Entry<ImportField, Integer> mapped : this.columns.entrySet()) {
			int column = mapped.getValue();
			if (row.formulas().get(column)) {
				errors.add(new FieldViolation(mapped.getKey().field(), "import.cell.formula"));
			}
			else if (row.oversized().get(column)) {
				errors.add(new FieldViolation(mapped.getKey().field(), "import.cell.tooLarge", this.maxCellChars));
			}
		}
		OffsetDateTime receivedAt = receivedAt(text(row, ImportField.RECEIVED_AT), errors);
		Channel channel = channel(text(row, ImportField.CHANNEL), errors);
		List<ProblemType> types = problemTypes(text(row, ImportField.PROBLEM_TYPES), errors);
		Boolean anonymous = yesNo(text(row, ImportField.ANONYMOUS), errors);
		String name = text(row, ImportField.COMPLAINANT_NAME);
		String phone = text(row, ImportField.COMPLAINANT_PHONE);
		String address = text(row, ImportField.COMPLAINANT_ADDRESS);
		boolean noContact = name == null && phone == null && address == null;
		ComplainantDetails complainant = (Boolean.TRUE.equals(anonymous) && noContact)
				|| (anonymous == null && noContact) ? ComplainantDetails.ANONYMOUS
						: new ComplainantDetails(name, phone, address, anonymous, null);
		String regionCode = text(row, ImportField.REGION_CODE);
		ComplaintRegistration registration = errors.isEmpty()
				? new ComplaintRegistration(receivedAt, channel, null, null,
						new ReportedObject(text(row, ImportField.REPORTED_OBJECT_NAME),
								text(row, ImportField.REPORTED_OBJECT_ADDRESS)),
						text(row, ImportField.LOCATION), text(row, ImportField.DESCRIPTION), types,
						text(row, ImportField.SUB_TYPE), text(row, ImportField.WISHES), List.of(), regionCode,
						complainant)
				: null;
		return new Reading(row.number(), registration, errors, fingerprint(row));
	}

	private String text(SpreadsheetReader.SheetRow row, ImportField field) {
		Integer column = this.columns.get(field);
		if (column == null) {
			return null;
		}
		String value = row.cell(column);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private OffsetDateTime receivedAt(String value, List<FieldViolation> errors) {
		if (value == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			// not ISO with an offset: try the local forms below
		}
		String normal = value.replace('年', '-')
			.replace('月', '-')
			.replace("日", " ")
			.replace('/', '-')
			.replace('.', '-')
			.replace('T', ' ')
			.strip();
		Matcher matcher = DATE_TIME.matcher(normal);
		if (matcher.matches()) {
			try {
				LocalDateTime local = LocalDateTime.of(Integer.parseInt(matcher.group(1)),
						Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)),
						(matcher.group(4) != null) ? Integer.parseInt(matcher.group(4)) : 0,
						(matcher.group(5) != null) ? Integer.parseInt(matcher.group(5)) : 0,
						(matcher.group(6) != null) ? Integer.parseInt(matcher.group(6)) : 0);
				return local.atZone(this.zone).toOffsetDateTime();
			}
			catch (java.time.DateTimeException ex) {
				// falls through to the error
			}
		}
		errors.add(new FieldViolation(ImportField.RECEIVED_AT.field(), "import.cell.dateInvalid", value));
		return null;
	}

	private static Channel channel(String value, List<FieldViolation> errors) {
		if (value == null) {
			return Channel.HOTLINE_12345;
		}
		Channel channel = CHANNELS.get(value);
		if (channel == null) {
			for (Channel each : Channel.values()) {
				if (each.name().equalsIgnoreCase(value)) {
					channel = each;
				}
			}
		}
		if (channel == null) {
			errors.add(new FieldViolation(ImportField.CHANNEL.field(), "import.cell.channelUnknown", value));
		}
		return channel;
	}

	private static List<ProblemType> problemTypes(String value, List<FieldViolation> errors) {
		if (value == null) {
			return List.of();
		}
		Set<ProblemType> types = new LinkedHashSet<>();
		for (String part : LIST.split(value)) {
			if (part.isEmpty()) {
				continue;
			}
			ProblemType type = problemType(part);
			if (type == null) {
				errors
					.add(new FieldViolation(ImportField.PROBLEM_TYPES.field(), "import.cell.problemTypeUnknown", part));
			}
			else {
				types.add(type);
			}
		}
		return List.copyOf(types);
	}

	private static ProblemType problemType(String part) {
		String name = part.endsWith("污染") ? part.substring(0, part.length() - 2) : part;
		ProblemType type = TYPES.get(name);
		if (type != null) {
			return type;
		}
		for (ProblemType each : ProblemType.values()) {
			if (each.name().equalsIgnoreCase(part)) {
				return each;
			}
		}
		return null;
	}

	private static Boolean yesNo(String value, List<FieldViolation> errors) {
		if (value == null) {
			return null;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "是", "y", "yes", "true", "1" -> Boolean.TRUE;
			case "否", "n", "no", "false", "0" -> Boolean.FALSE;
			default -> {
				errors.add(new FieldViolation(ImportField.ANONYMOUS.field(), "import.cell.yesNoInvalid", value));
				yield null;
			}
		};
	}

	/**
	 * A fingerprint of the row's mapped content within its campaign: equal for the same
	 * row in a re-exported file, whatever its position.
	 */
	private String fingerprint(SpreadsheetReader.SheetRow row) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(this.campaignId.toString().getBytes(StandardCharsets.UTF_8));
			for (ImportField field : ImportField.values()) {
				String value = text(row, field);
				digest.update((byte) 0x1F);
				if (value != null) {
					digest.update(value.getBytes(StandardCharsets.UTF_8));
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One row read.
	 *
	 * @param rowNumber its Excel row number
	 * @param registration the registration, or null when a cell could not be read
	 * @param errors what could not be read
	 * @param fingerprint the content fingerprint
	 */
	record Reading(int rowNumber, ComplaintRegistration registration, List<FieldViolation> errors, String fingerprint) {

	}

}
