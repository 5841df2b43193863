package org.ducha.casework;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface TransferBatches extends CrudRepository<TransferBatch, UUID> {

	List<TransferBatch> findByCampaignIdOrderByNumberDesc(UUID campaignId);

	Optional<TransferBatch> findByCampaignIdAndStatus(UUID campaignId, BatchStatus status);

	@Query("select coalesce(max(b.number), 0) from TransferBatch b where b.campaignId = :campaignId")
	int lastNumber(UUID campaignId);

	@Query("select i.complaintId from TransferBatch b join b.items i where b.campaignId = :campaignId")
	List<UUID> batchedComplaintIds(UUID campaignId);

	@Query("select count(i) > 0 from TransferBatch b join b.items i where i.complaintId = :complaintId")
	boolean isBatched(UUID complaintId);

}
