package org.ducha.notifications;

/**
 * The port to an SMS provider. The default implementation only logs (masked); a real
 * adapter (see docs/notifications.md for the HTTP shape) is a bean implementing this
 * interface, which replaces the default.
 */
public interface SmsGateway {

	/**
	 * Sends one text.
	 * @param phone the number, as entered (the adapter normalises it)
	 * @param text the text, at most 500 characters
	 * @throws RuntimeException when the provider refuses or cannot be reached; the outbox
	 * retries with backoff
	 */
	void send(String phone, String text);

	/**
	 * A phone number safe for logs and screens: only the first three and last two digits,
	 * e.g. {@code 138******78}.
	 * @param phone the number
	 * @return the masked number
	 */
	static String mask(String phone) {
		if (phone == null) {
			return "";
		}
		String digits = phone.replaceAll("\\D", "");
		if (digits.length() < 7) {
			return "*".repeat(digits.length());
		}
		return digits.substring(0, 3) + "*".repeat(digits.length() - 5) + digits.substring(digits.length() - 2);
	}

}
