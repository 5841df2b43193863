package org.ducha.interop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.ducha.campaigns.CampaignRegistry;
import org.ducha.shared.FieldViolation;
import org.ducha.shared.NotFoundException;
import org.ducha.shared.RuleViolationException;

/**
 * Issues, lists and revokes the API keys of Open311 clients. A key is 32 random bytes
 * shown once; only its SHA-256 is stored (a random key needs no slow hash), so a stolen
 * table opens nothing.
 */
@Service
public class Open311Keys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final CampaignRegistry campaigns;

	private final Clock clock;

	Open311Keys(JdbcClient jdbc, CampaignRegistry campaigns, Clock clock) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.clock = clock;
	}

	/**
	 * Issues a key for a client of a campaign.
	 * @param campaignId the campaign its requests go to
	 * @param sourceName the client's name
	 * @param tokenResponses answer POSTs with a token (batch style)
	 * @param actor the administrator
	 * @return the key, shown this once
	 */
	public IssuedKey issue(UUID campaignId, String sourceName, boolean tokenResponses, String actor) {
		if (campaignId == null) {
			throw new RuleViolationException(new FieldViolation("campaignId", "field.required"));
		}
		if (sourceName == null || sourceName.isBlank()) {
			throw new RuleViolationException(new FieldViolation("sourceName", "field.required"));
		}
		if (sourceName.strip().length() > 100) {
			throw new RuleViolationException(new FieldViolation("sourceName", "field.tooLong", 100));
		}
		this.campaigns.get(campaignId);
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String key = "o311_" + HexFormat.of().formatHex(bytes);
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.jdbc
			.sql("INSERT INTO open311_api_key (id, campaign_id, source_name, key_hash, key_prefix, token_responses, "
					+ "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, campaignId, sourceName.strip(), hash(key), key.substring(0, 8), tokenResponses,
					Timestamp.from(now), actor)
			.update();
		return new IssuedKey(get(id), key);
	}

	/**
	 * The keys of a campaign, newest first.
	 * @param campaignId the campaign
	 * @return its keys
	 */
	public List<ApiKeyView> of(UUID campaignId) {
		return this.jdbc.sql(SELECT + " WHERE campaign_id = ? ORDER BY created_at DESC")
			.param(campaignId)
			.query(Open311Keys::view)
			.list();
	}

	/**
	 * Revokes a key; requests it registered stay.
	 * @param id the key
	 * @return the revoked key
	 */
	public ApiKeyView revoke(UUID id) {
		ApiKeyView key = get(id);
		if (key.active()) {
			this.jdbc.sql("UPDATE open311_api_key SET revoked_at = ? WHERE id = ?")
				.params(Timestamp.from(this.clock.instant()), id)
				.update();
		}
		return get(id);
	}

	ApiKeyView get(UUID id) {
		return this.jdbc.sql(SELECT + " WHERE id = ?")
			.param(id)
			.query(Open311Keys::view)
			.optional()
			.orElseThrow(() -> new NotFoundException("open311.key.notFound", id));
	}

	/**
	 * The active key with this value, if any.
	 * @param key the key as the client sent it
	 * @return the key's record
	 */
	Optional<ApiKeyView> verify(String key) {
		if (key == null || key.isBlank() || key.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc.sql(SELECT + " WHERE key_hash = ? AND revoked_at IS NULL")
			.param(hash(key.strip()))
			.query(Open311Keys::view)
			.optional();
	}

	private static final String SELECT = "SELECT id, campaign_id, source_name, key_prefix, token_responses, "
			+ "created_at, created_by, revoked_at FROM open311_api_key";

	private static ApiKeyView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp revoked = rs.getTimestamp(8);
		return new ApiKeyView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
				rs.getString(4), rs.getBoolean(5), rs.getTimestamp(6).toInstant(), rs.getString(7),
				(revoked != null) ? revoked.toInstant() : null);
	}

	static String hash(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A key just issued.
	 *
	 * @param key its record
	 * @param apiKey the key itself, shown this once
	 */
	public record IssuedKey(ApiKeyView key, String apiKey) {

		@Override
		public String toString() {
			return "IssuedKey[" + this.key.prefix() + "…]";
		}

	}

}
