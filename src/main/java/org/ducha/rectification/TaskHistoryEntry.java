package org.ducha.rectification;

import java.time.Instant;

/**
 * One recorded step of a task.
 *
 * @param sequence the order
 * @param occurredAt when
 * @param actor the account, or {@code public} for an objection from the portal
 * @param action what happened (a code, e.g. {@code CLOSEOUT_REQUESTED})
 * @param fromStatus the status before, when it changed
 * @param toStatus the status after, when it changed
 * @param remark details
 */
public record TaskHistoryEntry(int sequence, Instant occurredAt, String actor, String action, TaskStatus fromStatus,
		TaskStatus toStatus, String remark) {

}
