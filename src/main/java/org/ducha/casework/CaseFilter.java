package org.ducha.casework;

import java.util.UUID;

/**
 * What to look for in the case list; every part optional.
 *
 * @param campaignId in this campaign
 * @param batchId in this batch
 * @param regionCode in this region or below
 * @param status in this status
 * @param colour with this deadline colour
 */
public record CaseFilter(UUID campaignId, UUID batchId, String regionCode, CaseStatus status, DeadlineColour colour) {

}
