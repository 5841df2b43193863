package org.ducha.rectification;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignSettings extends JpaRepository<RectificationSettings, UUID> {

	default SettingsView of(UUID campaignId) {
		return findById(campaignId).map(RectificationSettings::view).orElseGet(RectificationSettings::defaults);
	}

}
