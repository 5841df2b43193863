package org.ducha.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * 受理编号, e.g. {@code D3HN202406020040}: channel letter, round, unit letters, date
 * received, daily sequence.
 *
 * @param value the number as printed
 */
public record ReceiptNumber(String value) {

	private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{6,32}");

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	/**
	 * The last number of a day for one prefix: the sequence has four digits.
	 */
	public static final int MAX_DAILY_SEQUENCE = 9999;

	public ReceiptNumber {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a receipt number: " + value);
		}
	}

	/**
	 * Whether a text could be a receipt number of any of the schemes in use (also the
	 * older ones).
	 * @param text the text
	 * @return true when it has the shape of one
	 */
	public static boolean isWellFormed(String text) {
		return text != null && FORMAT.matcher(text).matches();
	}

	/**
	 * Composes a number in the current central scheme.
	 * @param channel the channel, giving the leading letter
	 * @param round the inspection round
	 * @param unitLetters the inspected unit's letters
	 * @param day the day received (Beijing time)
	 * @param sequence the day's sequence for this prefix, from 1
	 * @return the number
	 */
	public static ReceiptNumber compose(Channel channel, String round, String unitLetters, LocalDate day,
			int sequence) {
		if (sequence < 1 || sequence > MAX_DAILY_SEQUENCE) {
			throw new IllegalArgumentException("A daily sequence runs from 1 to 9999");
		}
		return new ReceiptNumber(
				prefix(channel, round, unitLetters) + DAY.format(day) + String.format("%04d", sequence));
	}

	static String prefix(Channel channel, String round, String unitLetters) {
		return channel.letter() + round + unitLetters;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
