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
