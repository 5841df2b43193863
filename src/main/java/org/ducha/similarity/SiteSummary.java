package org.ducha.similarity;

import java.time.Instant;
import java.util.UUID;

/**
 * One site (被举报点位) and how often it was complained about.
 *
 * @param siteId the site
 * @param siteKey its key: county and normalised name or place ({@code 141002|鑫源})
 * @param name the reported object's name as written in the complaint that created the
 * site
 * @param regionCode the county, or {@code null}
 * @param complaintCount how many complaints concern it, merged repeats included
 * @param firstAt the first receipt
 * @param lastAt the latest receipt
 * @param flaggedAt when it was flagged as a hot spot (专班, 主要负责人亲自督办), or {@code null}
 */
public record SiteSummary(UUID siteId, String siteKey, String name, String regionCode, int complaintCount,
		Instant firstAt, Instant lastAt, Instant flaggedAt) {

	public boolean hotSpot() {
		return this.flaggedAt != null;
	}

}
