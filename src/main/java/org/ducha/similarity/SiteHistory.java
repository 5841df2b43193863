package org.ducha.similarity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A site's whole history.
 *
 * @param site the site
 * @param overThreshold whether it has at least as many complaints as the hot-spot
 * threshold now
 * @param complaints its complaints, oldest first
 * @param statuses complaint status → how many
 * @param problemTypes problem type → how many complaints state it
 */
public record SiteHistory(SiteSummary site, boolean overThreshold, List<Entry> complaints,
		Map<String, Integer> statuses, Map<String, Integer> problemTypes) {

	/**
	 * One complaint about the site.
	 *
	 * @param complaintId the complaint
	 * @param receiptNumber 受理编号
	 * @param campaignId its campaign
	 * @param receivedAt when received
	 * @param status its current status
	 * @param problemTypes its problem types
	 * @param reportedObject the reported object as written
	 * @param description what was alleged
	 */
	public record Entry(UUID complaintId, String receiptNumber, UUID campaignId, Instant receivedAt, String status,
			List<String> problemTypes, String reportedObject, String description) {

	}

}
