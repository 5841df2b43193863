package org.ducha.shared;

import java.util.List;

/**
 * Input that breaks one or more domain rules. Answered with 400 and a problem detail
 * listing every field. Nothing has been saved when this is thrown.
 */
public class RuleViolationException extends RuntimeException {

	private final List<FieldViolation> violations;

	public RuleViolationException(List<FieldViolation> violations) {
		super("Rule violations: " + violations);
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("A rule violation needs at least one field");
		}
		this.violations = List.copyOf(violations);
	}

	public RuleViolationException(FieldViolation violation) {
		this(List.of(violation));
	}

	public List<FieldViolation> violations() {
		return this.violations;
	}

}
