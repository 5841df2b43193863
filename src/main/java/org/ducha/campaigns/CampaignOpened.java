package org.ducha.campaigns;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A campaign was set up (for the audit trail).
 *
 * @param campaignId the campaign
 * @param inspectedRegionCode the region inspected
 * @param startDate first day of the stationing
 * @param endDate last day
 */
public record CampaignOpened(UUID campaignId, String inspectedRegionCode, LocalDate startDate, LocalDate endDate) {

}
