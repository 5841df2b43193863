package org.ducha.rectification;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FeedbackProblems extends JpaRepository<FeedbackProblem, UUID> {

	List<FeedbackProblem> findByCampaignIdOrderBySeqNo(UUID campaignId);

	boolean existsByCampaignIdAndSeqNo(UUID campaignId, int seqNo);

	@Query("select coalesce(max(p.seqNo), 0) from FeedbackProblem p where p.campaignId = ?1")
	int maxSeqNo(UUID campaignId);

}
