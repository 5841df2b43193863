package org.ducha.rectification;

import java.util.UUID;

/**
 * A campaign's rectification settings were changed (recorded in the audit trail: they
 * decide when tasks turn yellow or red and how long notices run).
 *
 * @param campaignId the campaign
 * @param noticeDays days a public notice runs
 * @param lookbackMonths months until a closed task is looked at again (回头看)
 * @param reminderDays days before a deadline a reminder goes out
 * @param slipTolerance percentage points a task may lag its expected progress
 */
public record RectificationSettingsChanged(UUID campaignId, int noticeDays, int lookbackMonths, int reminderDays,
		int slipTolerance) {

}
