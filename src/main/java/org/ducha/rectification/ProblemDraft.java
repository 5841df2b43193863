package org.ducha.rectification;

import java.time.LocalDate;

/**
 * A feedback problem to record.
 *
 * @param seqNo 问题序号 (next free number when empty)
 * @param content 具体内容
 * @param category its kind, optional
 * @param fedBackOn the day of the feedback
 */
public record ProblemDraft(Integer seqNo, String content, String category, LocalDate fedBackOn) {

}
