package org.ducha.disclosure;

import java.time.Instant;
import java.util.UUID;

/**
 * A typical case as the public sees it: only the redacted text.
 *
 * @param id the typical case
 * @param title the redacted title
 * @param regionCode the county, if one
 * @param body the redacted text
 * @param publishedAt when it was published
 */
public record PublicTypicalCase(UUID id, String title, String regionCode, String body, Instant publishedAt) {

}
