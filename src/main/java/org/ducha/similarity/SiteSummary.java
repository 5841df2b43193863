package org.ducha.similarity;

import java.time.Instant;
import java.util.Map;
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
 * @param statuses complaint status → how many of its complaints
 * @param problemTypes problem type → how many of its complaints state it
 */
public record SiteSummary(UUID siteId, String siteKey, String name, String regionCode, int complaintCount,
		Instant firstAt, Instant lastAt, Instant flaggedAt, Map<String, Integer> statuses,
		Map<String, Integer> problemTypes) {

	public SiteSummary {
		statuses = Map.copyOf(statuses);
		problemTypes = Map.copyOf(problemTypes);
	}

	SiteSummary with(Map<String, Integer> statuses, Map<String, Integer> problemTypes) {
		return new SiteSummary(this.siteId, this.siteKey, this.name, this.regionCode, this.complaintCount, this.firstAt,
				this.lastAt, this.flaggedAt, statuses, problemTypes);
	}

	public boolean hotSpot() {
		return this.flaggedAt != null;
	}

}
