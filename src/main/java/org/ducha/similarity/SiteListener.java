package org.ducha.similarity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.ducha.accounts.Jurisdiction;
import org.ducha.intake.ComplaintAccepted;
import org.ducha.intake.ComplaintFilter;
import org.ducha.intake.ComplaintHandedOver;
import org.ducha.intake.ComplaintMergeUndone;
import org.ducha.intake.ComplaintMerged;
import org.ducha.intake.ComplaintQueries;
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

	private final ComplaintQueries complaints;

	private final JdbcClient jdbc;

	SiteListener(Sites sites, ComplaintQueries complaints, JdbcClient jdbc) {
		this.sites = sites;
		this.complaints = complaints;
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
		if (placed > 0) {
			return;
		}
		List<UUID> ids = new ArrayList<>();
		int page = 0;
		while (true) {
			var result = this.complaints.search(ComplaintFilter.none(), Jurisdiction.everywhere(), page++,
					ComplaintQueries.MAX_PAGE_SIZE);
			result.getContent().forEach((summary) -> ids.add(summary.id()));
			if (!result.hasNext()) {
				break;
			}
		}
		int filled = this.sites.backfill(ids);
		if (filled > 0) {
			log.info("Filled the sites read model from the database: {} complaints", filled);
		}
	}

}
