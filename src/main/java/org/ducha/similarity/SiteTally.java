package org.ducha.similarity;

import java.util.UUID;

/**
 * A site's complaints within one campaign's period, next to its count across campaigns.
 *
 * @param siteId the site
 * @param name its display name
 * @param regionCode its county, or {@code null}
 * @param complaints complaints of the campaign, in the period and region asked for
 * @param allComplaints complaints across campaigns
 * @param hotSpot whether the site was flagged as a hot spot
 */
public record SiteTally(UUID siteId, String name, String regionCode, int complaints, int allComplaints,
		boolean hotSpot) {

}
