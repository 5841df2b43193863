package org.ducha.rectification;

import java.util.UUID;

/**
 * A special work group.
 *
 * @param id the group
 * @param campaignId its campaign
 * @param name its name
 * @param leader the leader in charge
 */
public record WorkGroupView(UUID id, UUID campaignId, String name, String leader) {

}
