package org.ducha.intake;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface Complaints extends CrudRepository<Complaint, UUID>, JpaSpecificationExecutor<Complaint> {

	/**
	 * Loads a complaint for a change, holding its row until commit so concurrent changes
	 * queue up.
	 */
	Optional<Complaint> findByReceiptNumber(String receiptNumber);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Complaint c where c.id = :id")
	Optional<Complaint> lockById(UUID id);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c.id from Complaint c where c.id = :id")
	Optional<UUID> lockId(UUID id);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c.id from Complaint c where c.id in :ids and c.status = org.ducha.intake.ComplaintStatus.ACCEPTED")
	java.util.List<UUID> lockAccepted(java.util.Collection<UUID> ids);

	boolean existsByMergedInto(UUID masterId);

	java.util.List<Complaint> findByMergedIntoOrderByReceivedAt(UUID masterId);

}
