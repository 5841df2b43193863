package org.ducha.interop;

/**
 * A request an Open311 client must be told about in the spec's error format: the HTTP
 * status (400, 403 or 404), and a message key with its arguments for the description.
 */
public class Open311Exception extends RuntimeException {

	private final int status;

	private final transient Object[] args;

	public Open311Exception(int status, String code, Object... args) {
		super(code);
		this.status = status;
		this.args = (args != null) ? args.clone() : new Object[0];
	}

	public int status() {
		return this.status;
	}

	public String code() {
		return getMessage();
	}

	public Object[] args() {
		return this.args.clone();
	}

	static Open311Exception badRequest(String code, Object... args) {
		return new Open311Exception(400, code, args);
	}

	static Open311Exception forbidden(String code) {
		return new Open311Exception(403, code);
	}

	static Open311Exception notFound(String code, Object... args) {
		return new Open311Exception(404, code, args);
	}

}
