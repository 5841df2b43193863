package org.ducha.shared;

/**
 * The thing asked for does not exist, or the caller may not know that it exists (outside
 * their jurisdiction). Answered with 404.
 */
public class NotFoundException extends RuntimeException {

	private final String code;

	private final transient Object[] args;

	public NotFoundException(String code, Object... args) {
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
