package org.ducha.interop;

import java.time.Instant;
import java.util.UUID;

/**
 * An Open311 API key as administrators see it: never the key itself, only its first
 * characters.
 *
 * @param id the key's id
 * @param campaignId the campaign (jurisdiction) its requests are registered in
 * @param sourceName the client it was issued to, e.g. 随手拍
 * @param prefix the key's first characters, to tell keys apart
 * @param tokenResponses whether POST answers with a token instead of the id (for clients
 * written for batch endpoints)
 * @param createdAt when issued
 * @param createdBy who issued it
 * @param revokedAt when revoked, or null
 */
public record ApiKeyView(UUID id, UUID campaignId, String sourceName, String prefix, boolean tokenResponses,
		Instant createdAt, String createdBy, Instant revokedAt) {

	public boolean active() {
		return this.revokedAt == null;
	}

}
