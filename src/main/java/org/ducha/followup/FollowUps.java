package org.ducha.followup;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface FollowUps extends CrudRepository<FollowUp, UUID> {

	List<FollowUp> findByCampaignIdOrderByCreatedAt(UUID campaignId);

	List<FollowUp> findByStatusOrderByCreatedAt(FollowUpStatus status);

	Optional<FollowUp> findFirstByCaseIdAndStatus(UUID caseId, FollowUpStatus status);

	List<FollowUp> findByCaseIdOrderByCreatedAt(UUID caseId);

}
