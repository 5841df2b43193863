package org.ducha.similarity;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.ducha.intake.ComplaintAccepted;
import org.ducha.intake.ComplaintHandedOver;
import org.ducha.intake.ComplaintMergeUndone;
import org.ducha.intake.ComplaintMerged;
import org.ducha.intake.ComplaintTexts;
import org.ducha.intake.ComplaintRegistered;
import org.ducha.intake.ComplaintRerouted;

/**
 * Keeps the sites read model ({@link Sites}) current from intake's events, fills it from
 * the database when it is empty at start, and logs hot spots as they are flagged.
 */
@Component
class SiteListener implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SiteListener.class);

	private final Sites sites;

	private final ComplaintTexts texts;

	private final JdbcClient jdbc;

	SiteListener(Sites sites, ComplaintTexts texts, JdbcClient jdbc) {
		this.sites = sites;
		this.texts = texts;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener(id = "similarity.site-registered")
	void on(ComplaintRegistered event) {
		this.sites.place(event.complaintId());
	}

	@ApplicationModuleListener(id = "similarity.site-rerouted")
	void on(ComplaintRerouted event) {
		this.sites.place(event.complaintId());
	}

	@ApplicationModuleListener(id = "similarity.site-accepted")
	void on(ComplaintAccepted event) {
		this.sites.place(event.complaintId());
	}

	@ApplicationModuleListener(id = "similarity.site-handed-over")
	void on(ComplaintHandedOver event) {
		this.sites.place(event.complaintId());
	}

	@ApplicationModuleListener(id = "similarity.site-merged")
	void on(ComplaintMerged event) {
		this.sites.place(event.complaintId());
	}

	@ApplicationModuleListener(id = "similarity.site-merge-undone")
	void on(ComplaintMergeUndone event) {
		this.sites.place(event.complaintId());
	}

	@ApplicationModuleListener(id = "similarity.hot-spot-logged")
	void on(RepeatHotSpotFlagged event) {
		log.info("Repeat hot spot flagged for a task force: {} ({}, {} complaints)", event.name(), event.siteKey(),
				event.complaintCount());
	}

	@Override
	public void run(ApplicationArguments args) {
		Long placed = this.jdbc.sql("SELECT COUNT(*) FROM repeat_site_complaint").query(Long.class).single();
		if (placed > 0 || this.texts.count() == 0) {
			return;
		}
		// in the background: the application serves requests meanwhile (placing a
		// complaint
		// twice changes nothing, so events arriving meanwhile are harmless)
		Thread.ofPlatform().name("sites-backfill").daemon().start(this::backfill);
	}

	private void backfill() {
		int filled = 0;
		UUID after = null;
		try {
			while (true) {
				List<UUID> ids = this.texts.after(after, ComplaintTexts.MAX_PAGE)
					.stream()
					.map(ComplaintTexts.ComplaintText::id)
					.toList();
				if (ids.isEmpty()) {
					break;
				}
				filled += this.sites.backfill(ids);
				after = ids.getLast();
			}
			if (filled > 0) {
				log.info("Filled the sites read model from the database: {} complaints", filled);
			}
		}
		catch (RuntimeException ex) {
			log.error("Filling the sites read model stopped after {} complaints", filled, ex);
		}
	}

}
