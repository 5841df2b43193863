/**
 * 交办与办理: the day's transfer batches (第N批), the case files the responsible localities sign
 * for, investigate and report on, their deadlines on the working-day calendar, and the
 * team's review (退回重办 until accepted).
 */
@ApplicationModule(allowedDependencies = { "shared", "accounts", "campaigns", "intake", "calendar", "regions" })
package org.ducha.casework;

import org.springframework.modulith.ApplicationModule;
