package org.ducha.accountability;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface AccountabilityRecords extends CrudRepository<AccountabilityRecord, UUID> {

	List<AccountabilityRecord> findByCampaignIdOrderByDecidedOnDesc(UUID campaignId);

}
