package org.ducha.rectification;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkGroups extends JpaRepository<WorkGroup, UUID> {

	List<WorkGroup> findByCampaignIdOrderByName(UUID campaignId);

	boolean existsByCampaignIdAndName(UUID campaignId, String name);

}
