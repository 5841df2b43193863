package org.ducha.rectification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A task to put in a plan's ledger (清单制 + 责任制).
 *
 * @param problemId the feedback problem it answers, if any
 * @param problem 问题: what is to be rectified (taken from the feedback problem when empty)
 * @param target 整改目标
 * @param measures 整改措施
 * @param leadUnit 牵头责任单位
 * @param coUnits 配合单位
 * @param leader 责任领导
 * @param responsiblePerson 具体责任人
 * @param regionCode the county or city the task belongs to (defaults to the campaign's)
 * @param kind 立行立改 / 限期整改 / 长期坚持
 * @param startOn when work starts (defaults to today)
 * @param deadline 完成时限 (required except for ongoing tasks)
 * @param workGroupId the special work group owning it, if any
 * @param milestones 时间节点
 */
public record TaskDraft(UUID problemId, String problem, String target, String measures, String leadUnit, String coUnits,
		String leader, String responsiblePerson, String regionCode, TaskKind kind, LocalDate startOn,
		LocalDate deadline, UUID workGroupId, List<MilestoneDraft> milestones) {

	public TaskDraft {
		milestones = (milestones != null) ? List.copyOf(milestones) : List.of();
	}

	/**
	 * A milestone to add.
	 *
	 * @param dueOn the date
	 * @param description what should be done by then
	 * @param targetPercent the progress expected by then, optional
	 */
	public record MilestoneDraft(LocalDate dueOn, String description, Integer targetPercent) {

	}

}
