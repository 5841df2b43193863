package org.ducha.disclosure;

import java.util.UUID;

/**
 * 典型案例公开: a typical case was published on the portal (or, with {@code published} false,
 * withdrawn from it).
 *
 * @param typicalCaseId the typical case
 * @param campaignId its campaign
 * @param published true when published, false when withdrawn
 */
public record TypicalCasePublished(UUID typicalCaseId, UUID campaignId, boolean published) {

}
