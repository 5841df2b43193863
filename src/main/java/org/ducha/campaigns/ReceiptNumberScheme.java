package org.ducha.campaigns;

import java.util.regex.Pattern;

/**
 * How a campaign numbers accepted complaints (受理编号): {@code {channel letter}{round}{unit
 * letters}{yyyyMMdd}{seq4}}, e.g. {@code D3HN202406020040}.
 *
 * @param round the inspection round, e.g. {@code 3}
 * @param unitLetters the inspected unit's letters, e.g. {@code HN}
 */
public record ReceiptNumberScheme(String round, String unitLetters) {

	private static final Pattern ROUND = Pattern.compile("[0-9]{1,2}");

	private static final Pattern UNIT = Pattern.compile("[A-Z]{1,4}");

	public ReceiptNumberScheme {
		if (round == null || !ROUND.matcher(round).matches()) {
			throw new IllegalArgumentException("A round is one or two digits");
		}
		if (unitLetters == null || !UNIT.matcher(unitLetters).matches()) {
			throw new IllegalArgumentException("Unit letters are one to four capital letters");
		}
	}

	public static boolean isValidRound(String round) {
		return round != null && ROUND.matcher(round).matches();
	}

	public static boolean isValidUnitLetters(String letters) {
		return letters != null && UNIT.matcher(letters).matches();
	}

}
