package org.ducha.rectification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RectificationTasks extends JpaRepository<RectificationTask, UUID> {

	List<RectificationTask> findByPlanIdOrderBySeqNo(UUID planId);

	List<RectificationTask> findByCampaignIdOrderByPlanIdAscSeqNoAsc(UUID campaignId);

	/**
	 * A campaign's tasks with their milestones only (what the board's colours need), in
	 * one statement.
	 */
	@Query("select t from RectificationTask t left join fetch t.milestones where t.campaignId = ?1 "
			+ "order by t.planId, t.seqNo")
	List<RectificationTask> withMilestones(UUID campaignId);

	List<RectificationTask> findByStatusIn(Collection<TaskStatus> statuses);

	List<RectificationTask> findByStatusOrderByNoticeUntil(TaskStatus status);

	Optional<RectificationTask> findByCaseId(UUID caseId);

	long countByPlanId(UUID planId);

	long countByProblemId(UUID problemId);

	@Query("select coalesce(max(t.seqNo), 0) from RectificationTask t where t.planId = ?1")
	int maxSeqNo(UUID planId);

	@Query("select t from RectificationTask t where t.status = org.ducha.rectification.TaskStatus.WRITTEN_OFF "
			+ "and t.nextLookbackOn <= ?1 order by t.nextLookbackOn")
	List<RectificationTask> dueForLookback(LocalDate day);

}
