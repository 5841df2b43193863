package org.ducha.similarity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface PairDecisions extends CrudRepository<PairDecision, UUID> {

	Optional<PairDecision> findByPairLowAndPairHigh(UUID pairLow, UUID pairHigh);

	@Query("select d from PairDecision d where d.complaintId = :complaintId or d.otherId = :complaintId order by d.decidedAt")
	List<PairDecision> involving(UUID complaintId);

	default Optional<PairDecision> about(UUID one, UUID other) {
		return findByPairLowAndPairHigh(PairDecision.low(one, other), PairDecision.high(one, other));
	}

}
