package org.ducha.rectification;

import java.time.LocalDate;
import java.util.UUID;

/**
 * 销号公示: what the public portal shows of a task in its public notice.
 *
 * @param taskId the task
 * @param campaignId its campaign
 * @param seqNo its number in the plan
 * @param planTitle the plan
 * @param problem the problem
 * @param target the target
 * @param completion what was done (完成情况)
 * @param leadUnit the lead unit
 * @param noticeFrom the notice runs from
 * @param noticeUntil until (inclusive)
 * @param paused an objection is under review
 */
public record PublicNotice(UUID taskId, UUID campaignId, int seqNo, String planTitle, String problem, String target,
		String completion, String leadUnit, LocalDate noticeFrom, LocalDate noticeUntil, boolean paused) {

}
