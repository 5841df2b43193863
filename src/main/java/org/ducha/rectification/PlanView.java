package org.ducha.rectification;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A plan.
 *
 * @param id the plan
 * @param campaignId its campaign
 * @param title its title
 * @param fromCases whether it collects complaint cases concluded as 阶段性办结
 * @param fedBackOn the day the team fed back its findings
 * @param adoptionDue the plan is due by then (30 working days after the feedback)
 * @param adoptedOn the day it was adopted (印发), if it was
 * @param overdue not adopted and past due
 * @param adoptedLate adopted after the due day
 * @param tasks number of tasks
 */
public record PlanView(UUID id, UUID campaignId, String title, boolean fromCases, LocalDate fedBackOn,
		LocalDate adoptionDue, LocalDate adoptedOn, boolean overdue, boolean adoptedLate, long tasks) {

}
