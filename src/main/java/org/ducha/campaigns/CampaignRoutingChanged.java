package org.ducha.campaigns;

import java.util.Map;
import java.util.UUID;

/**
 * A campaign's department routing was replaced (for the audit trail).
 *
 * @param campaignId the campaign
 * @param departments sub-type → department now in force
 */
public record CampaignRoutingChanged(UUID campaignId, Map<String, String> departments) {

}
