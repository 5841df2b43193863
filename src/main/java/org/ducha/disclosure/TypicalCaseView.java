package org.ducha.disclosure;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A typical case as the team sees it: the text as written and, once published, as
 * published.
 *
 * @param id the typical case
 * @param campaignId its campaign
 * @param title the title as written
 * @param regionCode the county, if one
 * @param body the text as written
 * @param publicTitle the title as published (redacted), once published
 * @param publicBody the text as published (redacted), once published
 * @param redactions how many details the redaction took out
 * @param status draft or published
 * @param caseIds the cases it is about
 * @param writtenBy who wrote or last revised it
 * @param writtenAt when
 * @param publishedBy the team leader who published it
 * @param publishedAt when
 */
public record TypicalCaseView(UUID id, UUID campaignId, String title, String regionCode, String body,
		String publicTitle, String publicBody, int redactions, TypicalCaseStatus status, Set<UUID> caseIds,
		String writtenBy, Instant writtenAt, String publishedBy, Instant publishedAt) {

}
