package org.ducha.casework;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface CaseFiles extends CrudRepository<CaseFile, UUID>, JpaSpecificationExecutor<CaseFile> {

	List<CaseFile> findByBatchIdOrderByReceiptNumber(UUID batchId);

	List<CaseFile> findByStatusIn(List<CaseStatus> statuses);

	Optional<CaseFile> findByComplaintId(UUID complaintId);

	@Query("select c.complaintId from CaseFile c where c.complaintId in :complaintIds and c.status = :status")
	java.util.Set<UUID> complaintsWithStatus(java.util.Collection<UUID> complaintIds, CaseStatus status);

	/**
	 * Loads a case for a change and holds its row until the change commits, so that
	 * concurrent actions on one case queue up: the first wins, the others find the new
	 * status and are refused.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from CaseFile c where c.id = :id")
	Optional<CaseFile> lockById(UUID id);

}
