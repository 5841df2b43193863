package org.ducha.intake;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers {@code Idempotency-Key}s of registrations per caller: the key, a hash of the
 * request, and the complaint it produced.
 */
@Component
class IdempotencyKeys {

	private final JdbcClient jdbc;

	IdempotencyKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Remembered> find(String scope, String key) {
		return this.jdbc.sql("SELECT request_hash, complaint_id FROM idempotency_key WHERE scope = ? AND idem_key = ?")
			.params(scope, key)
			.query((rs, row) -> new Remembered(rs.getString(1), rs.getObject(2, UUID.class)))
			.optional();
	}

	/**
	 * Records a key; fails with a duplicate-key error when a concurrent request recorded
	 * it first.
	 */
	void remember(String scope, String key, String requestHash, UUID complaintId, Instant now) {
		this.jdbc
			.sql("INSERT INTO idempotency_key (scope, idem_key, request_hash, complaint_id, created_at) "
					+ "VALUES (?, ?, ?, ?, ?)")
			.params(scope, key, requestHash, complaintId, java.sql.Timestamp.from(now))
			.update();
	}

	record Remembered(String requestHash, UUID complaintId) {

	}

}
