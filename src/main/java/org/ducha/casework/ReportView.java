package org.ducha.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A submitted handling report.
 *
 * @param round 1 for the first report, 2 after the first return, ...
 * @param findings per-allegation verification
 * @param verdict 是否属实
 * @param investigation 调查核实情况
 * @param targetOutcome 办结目标
 * @param actions 处理和整改情况
 * @param counts measures in figures
 * @param accountability 责任人被处理情况
 * @param closure 是否办结
 * @param rectificationDeadline for 阶段性办结
 * @param submittedBy who submitted
 * @param submittedAt when
 */
public record ReportView(int round, List<Finding> findings, Verdict verdict, String investigation, String targetOutcome,
		String actions, ActionCounts counts, String accountability, Closure closure, LocalDate rectificationDeadline,
		String submittedBy, Instant submittedAt) {

}
