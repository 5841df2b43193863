package org.ducha.interop;

import java.time.Instant;

/**
 * A service request as Open311 publishes it: the problem, where, and how far it got —
 * never who reported it. The description is the redacted one (脱敏).
 *
 * @param serviceRequestId the receipt number (受理编号)
 * @param token the token handed to batch-style clients
 * @param serviceCode the problem type
 * @param description the description, personal data removed
 * @param address where, as given (redacted)
 * @param lat latitude, if given
 * @param lon longitude, if given
 * @param requestedAt when filed
 * @param updatedAt when last changed
 * @param stage where it stands
 * @param stageDetail a fact for the status notes (e.g. the receiving body)
 * @param agency the government responsible, once transferred
 */
public record ServiceRequestView(String serviceRequestId, String token, String serviceCode, String description,
		String address, Double lat, Double lon, Instant requestedAt, Instant updatedAt, RequestStage stage,
		String stageDetail, String agency) {

	public boolean closed() {
		return this.stage.closed();
	}

}
