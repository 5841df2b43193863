package org.ducha.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * A local unit's handling report (办理情况报告), as submitted.
 *
 * @param findings per-allegation verification
 * @param verdict the overall 是否属实
 * @param investigation 调查核实情况
 * @param targetOutcome 办结目标
 * @param actions 处理和整改情况
 * @param counts the measures in figures
 * @param accountability 责任人被处理情况
 * @param closure 是否办结
 * @param rectificationDeadline for 阶段性办结: when the remaining rectification is due
 */
public record HandlingReport(List<Finding> findings, Verdict verdict, String investigation, String targetOutcome,
		String actions, ActionCounts counts, String accountability, Closure closure, LocalDate rectificationDeadline) {

	public HandlingReport {
		findings = (findings == null) ? List.of() : List.copyOf(findings);
		counts = (counts == null) ? ActionCounts.NONE : counts;
	}

}
