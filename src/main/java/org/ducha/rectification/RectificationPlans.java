package org.ducha.rectification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RectificationPlans extends JpaRepository<RectificationPlan, UUID> {

	List<RectificationPlan> findByCampaignIdOrderByCreatedAt(UUID campaignId);

	Optional<RectificationPlan> findFirstByCampaignIdAndFromCasesTrue(UUID campaignId);

	/**
	 * Holds the plan's row until the transaction ends: its tasks are numbered one at a
	 * time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p.id from RectificationPlan p where p.id = :id")
	Optional<UUID> lockId(UUID id);

}
