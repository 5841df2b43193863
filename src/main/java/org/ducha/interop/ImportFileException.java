package org.ducha.interop;

/**
 * A file that cannot be imported at all (not an xlsx, broken, a zip bomb, too many rows).
 * Nothing of it is imported.
 */
class ImportFileException extends RuntimeException {

	private final transient Object[] args;

	ImportFileException(String code, Object... args) {
		super(code);
		this.args = args.clone();
	}

	String code() {
		return getMessage();
	}

	Object[] args() {
		return this.args.clone();
	}

}
