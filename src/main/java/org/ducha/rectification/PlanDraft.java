package org.ducha.rectification;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A plan to set up.
 *
 * @param campaignId the campaign
 * @param title 方案名称
 * @param fedBackOn the day the team fed back its findings
 * @param adoptedOn the day the plan was adopted (印发), if already
 */
public record PlanDraft(UUID campaignId, String title, LocalDate fedBackOn, LocalDate adoptedOn) {

}
