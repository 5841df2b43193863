package org.ducha.rectification;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.ducha.campaigns.CampaignDetails;

/**
 * Every morning reminds the owners of milestones falling due soon (see
 * {@link RectificationTracking#remindMilestones}). Runs on one instance at a time.
 */
@Component
class MilestoneWatch {

	private static final Logger log = LoggerFactory.getLogger(MilestoneWatch.class);

	private final RectificationTracking tracking;

	private final Clock clock;

	private final boolean enabled;

	MilestoneWatch(RectificationTracking tracking, Clock clock,
			@Value("${ducha.rectification.reminders-enabled:true}") boolean enabled) {
		this.tracking = tracking;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Scheduled(cron = "${ducha.rectification.reminder-cron:0 30 7 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "rectificationMilestoneWatch", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
	void scheduledCheck() {
		if (this.enabled) {
			int sent = this.tracking
				.remindMilestones(LocalDate.ofInstant(this.clock.instant(), CampaignDetails.CHINA_TIME))
				.size();
			log.info("Milestone check: {} reminders announced", sent);
		}
	}

}
