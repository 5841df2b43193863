package org.ducha.intake.contact;

/**
 * How to reach a complainant. Its {@code toString} never shows the values, so it cannot
 * leak into a log line.
 *
 * @param name name
 * @param phone phone
 * @param address address
 */
public record ComplainantContact(String name, String phone, String address) {

	@Override
	public String toString() {
		return "ComplainantContact[sealed]";
	}

}
