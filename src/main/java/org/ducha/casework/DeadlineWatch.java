package org.ducha.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.ducha.campaigns.CampaignDetails;

/**
 * 催办 and 督办: looks at every running deadline; a case due today or tomorrow gets a
 * reminder, an overdue case a supervision notice, each recorded once per due day on the
 * case's timeline and announced for notifications. Runs on one instance at a time
 * (ShedLock), and at most once in 30 seconds so that an instance whose clock is a moment
 * behind does not run the same tick again.
 */
@Component
class DeadlineWatch {

	private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

	private final CaseFiles cases;

	private final CaseworkSettings settings;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DeadlineWatch(CaseFiles cases, CaseworkSettings settings, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.settings = settings;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(cron = "${ducha.casework.reminder-cron:0 0 * * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "casework.deadlineWatch", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
	void scheduledCheck() {
		if (this.settings.remindersEnabled()) {
			int sent = check(LocalDate.ofInstant(this.clock.instant(), CampaignDetails.CHINA_TIME));
			log.info("Deadline check: {} reminders and supervision notices recorded", sent);
		}
	}

	/**
	 * Checks every running deadline as of a day.
	 * @param today the day (Beijing)
	 * @return how many reminders and notices were recorded
	 */
	int check(LocalDate today) {
		List<CaseFile> running = this.cases
			.findByStatusIn(List.of(CaseStatus.TRANSFERRED, CaseStatus.SIGNED, CaseStatus.RETURNED));
		int recorded = 0;
		for (CaseFile candidate : running) {
			DeadlineColour colour = candidate.colour(today);
			if (colour == DeadlineColour.GREEN) {
				continue;
			}
			Boolean done = this.transactions.execute((status) -> {
				CaseFile file = this.cases.lockById(candidate.id()).orElseThrow();
				LocalDate due = file.runningDue();
				if (due == null || file.colour(today) == DeadlineColour.GREEN) {
					return false;
				}
				boolean overdue = file.colour(today) == DeadlineColour.RED;
				boolean fresh = file.remind(overdue ? "SUPERVISED" : "REMINDED", due, this.clock.instant());
				if (fresh) {
					this.cases.save(file);
					CaseView view = file.view(today);
					this.events.publishEvent(new CaseReminded(view.id(), view.campaignId(), view.regionCode(), due,
							overdue, view.supervised(), view.receiptNumber(), view.status() == CaseStatus.TRANSFERRED));
				}
				return fresh;
			});
			recorded += Boolean.TRUE.equals(done) ? 1 : 0;
		}
		return recorded;
	}

}
