package org.ducha.similarity;

import java.time.Instant;
import java.util.UUID;

/**
 * A site reached the hot-spot threshold (反复投诉): it is flagged for a task force under a
 * leader's personal supervision (专班, 主要负责人亲自督办). Published once per site.
 *
 * @param siteId the site
 * @param siteKey its key
 * @param name its name as first written
 * @param regionCode its county, or {@code null}
 * @param complaintCount the complaints counted when it was flagged
 * @param flaggedAt when
 */
public record RepeatHotSpotFlagged(UUID siteId, String siteKey, String name, String regionCode, int complaintCount,
		Instant flaggedAt) {

}
