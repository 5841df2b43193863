package org.ducha.shared;

/**
 * The request is valid but conflicts with the current state (an illegal status
 * transition, a reused idempotency key, a concurrent edit). Answered with 409.
 */
public class ConflictException extends RuntimeException {

	private final String code;

	private final transient Object[] args;

	public ConflictException(String code, Object... args) {
		super(code);
		this.code = code;
		this.args = args;
	}

	public String code() {
		return this.code;
	}

	public Object[] args() {
		return this.args.clone();
	}

}
