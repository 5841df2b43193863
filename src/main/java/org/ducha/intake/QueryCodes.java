package org.ducha.intake;

import java.security.SecureRandom;

/**
 * 查询码: ten characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 50
 * bits.
 */
final class QueryCodes {

	private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	static final int LENGTH = 10;

	private QueryCodes() {
	}

	static String next() {
		char[] code = new char[LENGTH];
		for (int i = 0; i < LENGTH; i++) {
			code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(code);
	}

}
