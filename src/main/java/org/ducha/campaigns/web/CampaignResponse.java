package org.ducha.campaigns.web;

import java.time.LocalDate;
import java.util.UUID;

import org.ducha.campaigns.CampaignDetails;

/**
 * A campaign in the API.
 */
record CampaignResponse(UUID id, String teamName, String inspectedRegionCode, String inspectedRegionName,
		LocalDate startDate, LocalDate endDate, String hotlinePhone, String poBox, String hotlineHours, String scope,
		Scheme receiptNumberScheme, int reportDueDays) {

	static CampaignResponse of(CampaignDetails campaign) {
		return new CampaignResponse(campaign.id(), campaign.teamName(), campaign.inspectedRegionCode(),
				campaign.inspectedRegionName(), campaign.period().start(), campaign.period().end(),
				campaign.hotlinePhone(), campaign.poBox(), campaign.hotlineHours().toString(), campaign.scope(),
				new Scheme(campaign.receiptNumberScheme().round(), campaign.receiptNumberScheme().unitLetters()),
				campaign.reportDueDays());
	}

	record Scheme(String round, String unitLetters) {

	}

}
