package org.ducha.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A feedback problem.
 *
 * @param id the problem
 * @param campaignId the campaign
 * @param seqNo 问题序号
 * @param content 具体内容
 * @param category its kind (e.g. 大气污染, 矿山治理), optional
 * @param fedBackOn the day of the feedback
 * @param claimedBy the government that claimed it (认领), if it has
 * @param claimedAt when
 * @param tasks the tasks answering it
 */
public record ProblemView(UUID id, UUID campaignId, int seqNo, String content, String category, LocalDate fedBackOn,
		String claimedBy, Instant claimedAt, long tasks) {

}
