package org.ducha.campaigns.web;

import java.time.LocalDate;

import org.ducha.campaigns.CampaignDraft;

/**
 * A campaign to set up, as a client sends it. {@code receiptNumberScheme} may be given
 * nested or flat.
 */
record CampaignRequest(String teamName, String inspectedRegionCode, String inspectedRegionName, LocalDate startDate,
		LocalDate endDate, String hotlinePhone, String poBox, String hotlineHours, String scope,
		CampaignResponse.Scheme receiptNumberScheme, Integer reportDueDays) {

	CampaignDraft toDraft() {
		CampaignResponse.Scheme scheme = (this.receiptNumberScheme != null) ? this.receiptNumberScheme
				: new CampaignResponse.Scheme(null, null);
		return new CampaignDraft(this.teamName, this.inspectedRegionCode, this.inspectedRegionName, this.startDate,
				this.endDate, this.hotlinePhone, this.poBox, this.hotlineHours, this.scope, scheme.round(),
				scheme.unitLetters(), this.reportDueDays);
	}

}
