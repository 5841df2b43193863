/**
 * 工作日历: which days are working days in China — weekends, public holidays and the make-up
 * working days (调休) of the State Council's yearly notices — and deadlines counted in
 * working days.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.ducha.calendar;

import org.springframework.modulith.ApplicationModule;
