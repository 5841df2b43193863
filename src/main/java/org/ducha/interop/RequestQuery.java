package org.ducha.interop;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a GET of service requests asks for, as the client sent it (parsed and checked by
 * {@link ServiceRequests#search}).
 *
 * @param jurisdictionId the campaign id or code
 * @param serviceRequestIds comma-separated receipt numbers (override every other filter)
 * @param serviceCodes comma-separated service codes
 * @param startDate earliest requested date-time (ISO 8601 with offset)
 * @param endDate latest requested date-time
 * @param status comma-separated open/closed
 */
public record RequestQuery(String jurisdictionId, String serviceRequestIds, String serviceCodes, String startDate,
		String endDate, String status) {

	/** The spec's default and largest window. */
	public static final java.time.Duration MAX_SPAN = java.time.Duration.ofDays(90);

	/** The spec's default limit. */
	public static final int LIMIT = 1000;

	static List<String> split(String list) {
		if (list == null || list.isBlank()) {
			return List.of();
		}
		return java.util.Arrays.stream(list.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	static OffsetDateTime dateTime(String value, String parameter) {
		try {
			return OffsetDateTime.parse(value.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw Open311Exception.badRequest("open311.date.invalid", parameter);
		}
	}

}
