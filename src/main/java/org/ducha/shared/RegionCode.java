package org.ducha.shared;

import java.util.regex.Pattern;

/**
 * 行政区划代码: a six-digit GB/T 2260 division code such as {@code 141002} (尧都区).
 *
 * @param value the six digits
 */
public record RegionCode(String value) implements java.io.Serializable {

	private static final Pattern SIX_DIGITS = Pattern.compile("[1-9][0-9]{5}");

	public RegionCode {
		if (value == null || !SIX_DIGITS.matcher(value).matches()) {
			throw new IllegalArgumentException("A region code has six digits: " + value);
		}
	}

	public static boolean isValid(String value) {
		return value != null && SIX_DIGITS.matcher(value).matches();
	}

	/**
	 * The prefix shared by this division and every division below it: {@code 14} for a
	 * province, {@code 1410} for a city, all six digits for a county.
	 * @return the significant prefix
	 */
	public String prefix() {
		if (this.value.endsWith("0000")) {
			return this.value.substring(0, 2);
		}
		if (this.value.endsWith("00")) {
			return this.value.substring(0, 4);
		}
		return this.value;
	}

	/**
	 * Whether {@code other} is this division or lies within it.
	 * @param other another division
	 * @return true when contained
	 */
	public boolean contains(RegionCode other) {
		return other.value.startsWith(prefix());
	}

	@Override
	public String toString() {
		return this.value;
	}

}
