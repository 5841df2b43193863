package org.ducha.campaigns;

import java.util.UUID;

import org.ducha.shared.NotFoundException;

/**
 * No campaign with that id.
 */
public class CampaignNotFound extends NotFoundException {

	public CampaignNotFound(UUID id) {
		super("campaign.notFound", id);
	}

}
