package org.ducha.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the hash chain and verifies it. An entry's hash is the SHA-256 of
 * its sequence number, time, actor, kind, subject, detail and the previous entry's hash.
 */
@Service
public class AuditTrail {

	static final String GENESIS = "0".repeat(64);

	private static final int MAX_DETAIL = 8000;

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final Clock clock;

	AuditTrail(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Appends an event to the chain, in the caller's transaction (or a new one when there
	 * is none).
	 * @param event a record of the application's packages
	 * @return the entry's sequence number
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public long append(Object event) {
		String detail;
		try {
			detail = this.json.writeValueAsString(event);
		}
		catch (RuntimeException ex) {
			detail = "{\"unserializable\":\"" + event.getClass().getName() + "\"}";
		}
		if (detail.length() > MAX_DETAIL) {
			detail = detail.substring(0, MAX_DETAIL);
		}
		Entry head = this.jdbc.queryForObject("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE",
				(rs, row) -> new Entry(rs.getLong(1), null, null, null, null, null, null, rs.getString(2)));
		long seq = head.seq() + 1;
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		String hash = hash(seq, now, actor(), event.getClass().getSimpleName(), subject(event), detail, head.hash());
		this.jdbc.update(
				"INSERT INTO audit_entry (seq, occurred_at, actor, kind, subject_id, detail, prev_hash, hash) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
				seq, Timestamp.from(now), actor(), event.getClass().getSimpleName(), subject(event), detail,
				head.hash(), hash);
		this.jdbc.update("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, hash);
		return seq;
	}

	/**
	 * Walks the whole chain and reports the first broken link: an entry whose hash does
	 * not match its content (edited), whose previous hash does not match the entry before
	 * (re-ordered or inserted), a gap in the numbers (deleted), or a chain that ends
	 * before the head (cut off).
	 * @return the result
	 */
	@Transactional(readOnly = true)
	public Verification verify() {
		// the head first, then the entries up to it: appends committed while the chain is
		// walked are left for the next verification instead of looking like a gap
		Entry head = this.jdbc.queryForObject("SELECT last_seq, last_hash FROM audit_head WHERE id = 1",
				(rs, row) -> new Entry(rs.getLong(1), null, null, null, null, null, null, rs.getString(2)));
		AtomicLong expected = new AtomicLong(1);
		AtomicReference<String> previous = new AtomicReference<>(GENESIS);
		AtomicReference<Verification.Break> broken = new AtomicReference<>();
		this.jdbc.query("SELECT seq, occurred_at, actor, kind, subject_id, detail, prev_hash, hash FROM audit_entry "
				+ "WHERE seq <= ? ORDER BY seq", (rs) -> {
					if (broken.get() != null) {
						return;
					}
					long seq = rs.getLong(1);
					Instant at = rs.getTimestamp(2).toInstant();
					String prev = rs.getString(7);
					String hash = rs.getString(8);
					if (seq != expected.get()) {
						broken.set(new Verification.Break(expected.get(), Verification.Problem.MISSING));
					}
					else if (!prev.equals(previous.get())) {
						broken.set(new Verification.Break(seq, Verification.Problem.WRONG_PREVIOUS_HASH));
					}
					else if (!hash.equals(
							hash(seq, at, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), prev))) {
						broken.set(new Verification.Break(seq, Verification.Problem.CONTENT_CHANGED));
					}
					expected.incrementAndGet();
					previous.set(hash);
				}, head.seq());
		long entries = expected.get() - 1;
		if (broken.get() == null) {
			if (head.seq() != entries || !head.hash().equals(previous.get())) {
				broken.set(new Verification.Break(entries + 1, Verification.Problem.MISSING));
			}
		}
		return new Verification(entries, broken.get() == null, broken.get());
	}

	/**
	 * The latest entries, newest first, optionally about one subject.
	 */
	@Transactional(readOnly = true)
	public List<Entry> latest(String subjectId, int limit) {
		String select = "SELECT seq, occurred_at, actor, kind, subject_id, detail, prev_hash, hash FROM audit_entry ";
		int rows = Math.max(1, Math.min(limit, 500));
		if (subjectId != null && !subjectId.isBlank()) {
			return this.jdbc.query(select + "WHERE subject_id = ? ORDER BY seq DESC FETCH FIRST " + rows + " ROWS ONLY",
					(rs, row) -> entry(rs), subjectId.strip());
		}
		return this.jdbc.query(select + "ORDER BY seq DESC FETCH FIRST " + rows + " ROWS ONLY", (rs, row) -> entry(rs));
	}

	private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
	}

	static String hash(long seq, Instant at, String actor, String kind, String subject, String detail,
			String previous) {
		String canonical = seq + "\n" + at.truncatedTo(ChronoUnit.MICROS) + "\n" + actor + "\n" + kind + "\n"
				+ ((subject != null) ? subject : "") + "\n" + detail + "\n" + previous;
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
			return "system";
		}
		String name = authentication.getName();
		return (name.length() > 64) ? name.substring(0, 64) : name;
	}

	/**
	 * The subject of an event: its first id component (the complaint, case or task).
	 */
	static String subject(Object event) {
		if (event.getClass().isRecord()) {
			for (var component : event.getClass().getRecordComponents()) {
				if (component.getType() == UUID.class) {
					try {
						Object value = component.getAccessor().invoke(event);
						return (value != null) ? value.toString() : null;
					}
					catch (ReflectiveOperationException ex) {
						return null;
					}
				}
			}
		}
		return null;
	}

	/**
	 * The head of the chain, to publish outside the database (printed, sent, kept by the
	 * team) so that a rewrite of the chain from any earlier entry onwards can be caught
	 * later with {@link #checkAnchor(long, String)}.
	 * @return the last entry's number and hash, and the time of the reading
	 */
	@Transactional(readOnly = true)
	public Anchor anchor() {
		return this.jdbc.queryForObject("SELECT last_seq, last_hash FROM audit_head WHERE id = 1",
				(rs, row) -> new Anchor(rs.getLong(1), rs.getString(2), this.clock.instant()));
	}

	/**
	 * Checks a published anchor: the chain must still hold the entry with that number and
	 * exactly that hash, and verify. A chain edited and re-hashed from an entry at or
	 * before the anchor onwards verifies on its own, but no longer holds the anchor's
	 * hash.
	 * @param seq the anchor's entry number
	 * @param hash the anchor's hash
	 * @return the result
	 */
	@Transactional(readOnly = true)
	public AnchorCheck checkAnchor(long seq, String hash) {
		Verification chain = verify();
		List<String> found = this.jdbc.query("SELECT hash FROM audit_entry WHERE seq = ?", (rs, row) -> rs.getString(1),
				seq);
		String problem = null;
		if (found.isEmpty()) {
			problem = "ANCHOR_MISSING";
		}
		else if (hash == null || !found.get(0).equalsIgnoreCase(hash.strip())) {
			problem = "ANCHOR_HASH_DIFFERS";
		}
		else if (!chain.intact()) {
			problem = "CHAIN_BROKEN";
		}
		return new AnchorCheck(seq, problem == null, problem, chain);
	}

	/**
	 * A published head of the chain.
	 *
	 * @param seq the last entry's number
	 * @param hash its hash
	 * @param at when it was read
	 */
	public record Anchor(long seq, String hash, Instant at) {

	}

	/**
	 * The result of checking a published anchor.
	 *
	 * @param seq the anchor's entry number
	 * @param holds whether the chain still holds that exact entry and verifies
	 * @param problem {@code ANCHOR_MISSING}, {@code ANCHOR_HASH_DIFFERS},
	 * {@code CHAIN_BROKEN}, or null
	 * @param chain the verification of the whole chain
	 */
	public record AnchorCheck(long seq, boolean holds, String problem, Verification chain) {

	}

	/**
	 * One entry of the chain.
	 *
	 * @param seq its number, from 1 without gaps
	 * @param occurredAt when it was appended
	 * @param actor the signed-in account, or {@code system}
	 * @param kind the event type
	 * @param subjectId the complaint, case or task it is about
	 * @param detail the event as JSON
	 * @param previousHash the hash of the entry before
	 * @param hash this entry's hash
	 */
	public record Entry(long seq, Instant occurredAt, String actor, String kind, String subjectId, String detail,
			String previousHash, String hash) {

	}

}
