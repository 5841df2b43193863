package org.ducha.rectification;

import java.util.List;

import org.ducha.shared.FieldViolation;

/**
 * Field checks shared by the rectification services.
 */
final class Texts {

	private Texts() {
	}

	static void required(List<FieldViolation> violations, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			violations.add(new FieldViolation(field, "field.required"));
		}
		else {
			limit(violations, field, value, max);
		}
	}

	static void limit(List<FieldViolation> violations, String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			violations.add(new FieldViolation(field, "field.tooLong", max));
		}
	}

}
