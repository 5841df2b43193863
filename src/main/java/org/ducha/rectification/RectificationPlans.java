package org.ducha.rectification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RectificationPlans extends JpaRepository<RectificationPlan, UUID> {

	List<RectificationPlan> findByCampaignIdOrderByCreatedAt(UUID campaignId);

	Optional<RectificationPlan> findFirstByCampaignIdAndFromCasesTrue(UUID campaignId);

}
