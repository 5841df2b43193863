package org.ducha.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.ducha.shared.FieldViolation;

/**
 * 密码规则, wherever a password is set (account creation, the bootstrap administrator, the
 * demo accounts): at least {@value #MINIMUM_LENGTH} characters, at most
 * {@value #MAXIMUM_BYTES} bytes (BCrypt reads no further), not containing the user name,
 * and not on the list of common passwords ({@code accounts/common-passwords.txt},
 * compared ignoring case). Each failure names the field {@code password}.
 */
public final class PasswordPolicy {

	/** Minimum length in characters. */
	public static final int MINIMUM_LENGTH = 12;

	/** Maximum length in UTF-8 bytes: BCrypt ignores what comes after. */
	public static final int MAXIMUM_BYTES = 72;

	private static final Set<String> COMMON = load();

	private PasswordPolicy() {
	}

	/**
	 * What is wrong with a password.
	 * @param username the account's user name
	 * @param password the password
	 * @return the violations on field {@code password}, empty when it is acceptable
	 */
	public static List<FieldViolation> check(String username, String password) {
		List<FieldViolation> violations = new ArrayList<>();
		if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
			violations.add(new FieldViolation("password", "account.password.short", MINIMUM_LENGTH));
			return violations;
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
			violations.add(new FieldViolation("password", "account.password.long", MAXIMUM_BYTES));
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
			violations.add(new FieldViolation("password", "account.password.containsUsername"));
		}
		if (COMMON.contains(lower)) {
			violations.add(new FieldViolation("password", "account.password.common"));
		}
		return violations;
	}

	/**
	 * Whether a password is on the list of common passwords.
	 * @param password the password
	 * @return true when it is
	 */
	static boolean isCommon(String password) {
		return COMMON.contains(password.toLowerCase(Locale.ROOT));
	}

	private static Set<String> load() {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream("/accounts/common-passwords.txt")) {
			if (in == null) {
				throw new IllegalStateException("accounts/common-passwords.txt is missing");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
