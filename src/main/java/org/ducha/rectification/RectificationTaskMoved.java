package org.ducha.rectification;

import java.util.UUID;

/**
 * A rectification task changed status. Ids and facts only.
 *
 * @param taskId the task
 * @param campaignId its campaign
 * @param regionCode its region
 * @param from the status before
 * @param to the status after
 */
public record RectificationTaskMoved(UUID taskId, UUID campaignId, String regionCode, TaskStatus from, TaskStatus to) {

}
