package org.ducha.rectification;

/**
 * A campaign's rectification settings.
 *
 * @param noticeDays 公示期 in calendar days (default 10)
 * @param lookbackMonths months between look-backs (default 12)
 * @param reminderDays working days before a milestone when its owners are reminded
 * (default 3)
 * @param slipTolerance percentage points behind the expected progress still counted as on
 * schedule (default 10)
 */
public record SettingsView(int noticeDays, int lookbackMonths, int reminderDays, int slipTolerance) {

}
