package org.ducha.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ducha.shared.FieldViolation;
import org.ducha.shared.RuleViolationException;

/**
 * Where an officer wants notices by e-mail and SMS besides the inbox. Both optional.
 */
@Service
public class OfficerAddresses {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,180}\\.[^@\\s]{2,}");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{6,30}");

	private final JdbcClient jdbc;

	private final Clock clock;

	OfficerAddresses(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * An officer's addresses.
	 * @param username the officer
	 * @return the addresses (empty values when none)
	 */
	@Transactional(readOnly = true)
	public Addresses of(String username) {
		return this.jdbc.sql("select email, phone from notification_address where username = :username")
			.param("username", username)
			.query((rs, row) -> new Addresses(rs.getString("email"), rs.getString("phone")))
			.optional()
			.orElse(new Addresses(null, null));
	}

	/**
	 * Sets an officer's addresses; blank clears one.
	 * @param username the officer
	 * @param email the e-mail address, or blank
	 * @param phone the mobile number, or blank
	 */
	@Transactional
	public void set(String username, String email, String phone) {
		String cleanEmail = blankToNull(email);
		String cleanPhone = blankToNull(phone);
		List<FieldViolation> violations = new ArrayList<>();
		if (cleanEmail != null && (cleanEmail.length() > 200 || !EMAIL.matcher(cleanEmail).matches())) {
			violations.add(new FieldViolation("email", "notice.email.invalid"));
		}
		if (cleanPhone != null && !PHONE.matcher(cleanPhone).matches()) {
			violations.add(new FieldViolation("phone", "notice.phone.invalid"));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		int updated = this.jdbc
			.sql("update notification_address set email = :email, phone = :phone, updated_at = :now "
					+ "where username = :username")
			.param("email", cleanEmail)
			.param("phone", cleanPhone)
			.param("now", now)
			.param("username", username)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into notification_address (username, email, phone, updated_at) "
						+ "values (:username, :email, :phone, :now)")
				.param("username", username)
				.param("email", cleanEmail)
				.param("phone", cleanPhone)
				.param("now", now)
				.update();
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * An officer's addresses.
	 *
	 * @param email e-mail, or null
	 * @param phone mobile number, or null
	 */
	public record Addresses(String email, String phone) {

		public Optional<String> emailAddress() {
			return Optional.ofNullable(this.email);
		}

		public Optional<String> phoneNumber() {
			return Optional.ofNullable(this.phone);
		}

		@Override
		public String toString() {
			return "Addresses[email=" + (this.email != null) + ", phone=" + SmsGateway.mask(this.phone) + "]";
		}

	}

}
