package org.ducha.disclosure;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.CrudRepository;

interface DisclosureEntries extends CrudRepository<DisclosureEntry, UUID>, JpaSpecificationExecutor<DisclosureEntry> {

	List<DisclosureEntry> findByBatchIdOrderByReceiptNumber(UUID batchId);

	List<DisclosureEntry> findByCaseIdOrderByCreatedAt(UUID caseId);

	Slice<DisclosureEntry> findByCampaignIdAndStatus(UUID campaignId, DisclosureStatus status, Pageable page);

	Slice<DisclosureEntry> findByCampaignIdAndStatusAndBatchNumber(UUID campaignId, DisclosureStatus status,
			int batchNumber, Pageable page);

	Slice<DisclosureEntry> findByCampaignIdAndStatusAndRegionCodeStartingWith(UUID campaignId, DisclosureStatus status,
			String regionPrefix, Pageable page);

}
