package org.ducha.rectification;

import java.util.UUID;

/**
 * Which tasks to list; every part is optional except the campaign.
 *
 * @param campaignId the campaign
 * @param planId one plan
 * @param colour one warning colour
 * @param unit lead unit containing this text
 * @param leader responsible leader containing this text
 * @param status one status
 * @param workGroupId one special work group
 */
public record TaskFilter(UUID campaignId, UUID planId, WarningColour colour, String unit, String leader,
		TaskStatus status, UUID workGroupId) {

}
