package org.ducha.interop;

import java.util.List;
import java.util.Map;

/**
 * A POST of a service request as the client sent it (form fields of GeoReport v2).
 *
 * @param jurisdictionId the campaign id or code
 * @param apiKey the client's key
 * @param serviceCode the problem type
 * @param lat latitude (WGS84)
 * @param lon longitude (WGS84)
 * @param addressString the address, free text
 * @param addressId an address id (not supported: we keep no address database)
 * @param description the problem, at most 4,000 characters
 * @param attributes {@code attribute[code]} values
 * @param email contact e-mail (sealed)
 * @param phone contact phone (sealed)
 * @param firstName contact first name (sealed)
 * @param lastName contact last name (sealed)
 * @param mediaUrl a picture's URL (accepted, not fetched or stored)
 * @param idempotencyKey an optional {@code Idempotency-Key}
 */
public record Submission(String jurisdictionId, String apiKey, String serviceCode, String lat, String lon,
		String addressString, String addressId, String description, Map<String, List<String>> attributes, String email,
		String phone, String firstName, String lastName, String mediaUrl, String idempotencyKey) {

	public Submission {
		attributes = (attributes == null) ? Map.of() : Map.copyOf(attributes);
	}

	@Override
	public String toString() {
		return "Submission[" + this.serviceCode + ", contact sealed]";
	}

}
