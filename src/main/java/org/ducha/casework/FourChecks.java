package org.ducha.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * 四个不放过: a case may be concluded only when none of these remains. Each flag says the
 * point is still open.
 *
 * @param problemNotFoundOut 问题没有查清不放过
 * @param rectificationNotDone 整改不到位不放过
 * @param responsibilityNotPursued 责任追究不到位不放过
 * @param complainantNotSatisfied 群众不满意不放过
 */
@Embeddable
public record FourChecks(@Column(name = "problem_not_found_out") boolean problemNotFoundOut,
		@Column(name = "rectification_not_done") boolean rectificationNotDone,
		@Column(name = "responsibility_not_pursued") boolean responsibilityNotPursued,
		@Column(name = "complainant_not_satisfied") boolean complainantNotSatisfied) {

	public static final FourChecks CLEAR = new FourChecks(false, false, false, false);

	public boolean anyOpen() {
		return this.problemNotFoundOut || this.rectificationNotDone || this.responsibilityNotPursued
				|| this.complainantNotSatisfied;
	}

}
