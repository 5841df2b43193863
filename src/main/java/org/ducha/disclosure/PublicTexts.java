package org.ducha.disclosure;

/**
 * The texts of a disclosure row after redaction.
 *
 * @param summary 交办问题基本情况
 * @param investigation 调查核实情况
 * @param targetOutcome 办结目标
 * @param actions 处理和整改情况
 * @param accountability 责任人被处理情况
 * @param redactions how many details were removed
 */
record PublicTexts(String summary, String investigation, String targetOutcome, String actions, String accountability,
		int redactions) {

}
