package org.ducha.rectification;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A milestone of an open task falls due within the reminder window and is not done: its
 * owners are to be reminded.
 *
 * @param taskId the task
 * @param campaignId its campaign
 * @param regionCode its region
 * @param milestoneId the milestone
 * @param dueOn when it falls due
 * @param leadUnit the lead unit
 * @param responsiblePerson the named person
 */
public record RectificationMilestoneDue(UUID taskId, UUID campaignId, String regionCode, UUID milestoneId,
		LocalDate dueOn, String leadUnit, String responsiblePerson) {

}
