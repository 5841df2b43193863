package org.ducha.disclosure;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface TypicalCases extends CrudRepository<TypicalCase, UUID> {

	List<TypicalCase> findByCampaignIdOrderByWrittenAtDesc(UUID campaignId);

	List<TypicalCase> findByCampaignIdAndStatusOrderByPublishedAtDesc(UUID campaignId, TypicalCaseStatus status);

}
