package org.ducha.shared;

import java.util.Objects;

/**
 * One broken rule on one input field. {@code code} is a message key resolved in the
 * caller's language; {@code args} fill its placeholders.
 *
 * @param field the field path as the client sent it, e.g. {@code complainant.phone}
 * @param code the message key
 * @param args message arguments
 */
public record FieldViolation(String field, String code, Object... args) implements java.io.Serializable {

	public FieldViolation {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(code, "code");
		args = (args == null) ? new Object[0] : args.clone();
	}

	/**
	 * Adds {@code field.required} when a text is missing or blank, or
	 * {@code field.tooLong} when it is longer than {@code limit} characters.
	 * @param violations where to add
	 * @param field the field's name
	 * @param value the text
	 * @param limit the most characters allowed
	 */
	public static void requireText(java.util.List<FieldViolation> violations, String field, String value, int limit) {
		if (value == null || value.isBlank()) {
			violations.add(new FieldViolation(field, "field.required"));
		}
		else if (value.length() > limit) {
			violations.add(new FieldViolation(field, "field.tooLong", limit));
		}
	}

	@Override
	public Object[] args() {
		return this.args.clone();
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof FieldViolation that) && this.field.equals(that.field) && this.code.equals(that.code);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.field, this.code);
	}

	@Override
	public String toString() {
		return this.field + ": " + this.code;
	}

}
