package org.ducha.notifications;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox every poll interval, on one instance at a time (ShedLock). Off with
 * {@code ducha.notifications.worker-enabled=false} (tests deliver themselves).
 */
@Component
class OutboxWorker {

	private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

	private final Outbox outbox;

	private final NotificationSettings settings;

	private final Clock clock;

	OutboxWorker(Outbox outbox, NotificationSettings settings, Clock clock) {
		this.outbox = outbox;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${ducha.notifications.poll-interval:PT30S}",
			initialDelayString = "${ducha.notifications.poll-interval:PT30S}")
	@SchedulerLock(name = "notifications.outbox", lockAtMostFor = "PT5M")
	void scheduledDelivery() {
		if (this.settings.workerEnabled()) {
			int delivered = this.outbox.deliverDue(this.clock.instant());
			if (delivered > 0) {
				log.info("Outbox: {} notices delivered", delivered);
			}
		}
	}

}
