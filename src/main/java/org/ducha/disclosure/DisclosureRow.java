package org.ducha.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ducha.casework.Closure;
import org.ducha.casework.Verdict;

/**
 * A row of 公开情况一览表: 受理编号 | 交办问题基本情况 | 行政区域 | 问题类型 | 调查核实情况 | 是否属实 | 办结目标 | 处理和整改情况 | 是否办结
 * | 责任人被处理情况. Redacted; never carries the complainant.
 *
 * @param id the row
 * @param caseId the case
 * @param batchId the batch
 * @param batchNumber 第N批
 * @param receiptNumber 受理编号
 * @param summary 交办问题基本情况
 * @param regionCode 行政区域
 * @param problemTypes 问题类型
 * @param investigation 调查核实情况
 * @param verdict 是否属实
 * @param targetOutcome 办结目标
 * @param actions 处理和整改情况
 * @param closure 是否办结
 * @param accountability 责任人被处理情况
 * @param update whether it republishes an earlier, not yet closed result
 * @param redactions how many private details the redactor removed
 * @param status draft or published
 * @param publishedAt when published
 */
public record DisclosureRow(UUID id, UUID caseId, UUID batchId, int batchNumber, String receiptNumber, String summary,
		String regionCode, List<String> problemTypes, String investigation, Verdict verdict, String targetOutcome,
		String actions, Closure closure, String accountability, boolean update, int redactions, DisclosureStatus status,
		Instant publishedAt) {

}
