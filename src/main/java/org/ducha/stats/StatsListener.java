package org.ducha.stats;

import java.sql.Date;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.ducha.campaigns.CampaignDetails;
import org.ducha.casework.CaseConcluded;
import org.ducha.casework.CaseReopened;
import org.ducha.casework.CaseTransferred;
import org.ducha.intake.ComplaintAccepted;
import org.ducha.intake.ComplaintHandedOver;
import org.ducha.intake.ComplaintRegistered;
import org.ducha.intake.ComplaintRerouted;

/**
 * Keeps {@code stats_complaint} current from events. Events arrive asynchronously and in
 * any order, so every handler first makes sure the row exists; every handler sets
 * absolute values, so a redelivered event changes nothing.
 */
@Component
class StatsListener {

	private final JdbcClient jdbc;

	private final StatsDaily daily;

	StatsListener(JdbcClient jdbc, StatsDaily daily) {
		this.jdbc = jdbc;
		this.daily = daily;
	}

	/**
	 * Makes sure the complaint's row exists, whichever of its events arrives first, and
	 * locks it.
	 * @return what the row counted before this event (null when this event created it)
	 */
	private StatsDaily.Snapshot ensure(UUID complaintId, UUID campaignId) {
		int created = this.jdbc
			.sql("INSERT INTO stats_complaint (complaint_id, campaign_id, accepted, handed_over, transferred) "
					+ "VALUES (?, ?, FALSE, FALSE, FALSE) ON CONFLICT DO NOTHING")
			.params(complaintId, campaignId)
			.update();
		return (created == 1) ? null : this.daily.lock(complaintId);
	}

	/**
	 * Changes a complaint's row (making sure it exists first) and the aggregate by the
	 * difference.
	 */
	private void change(UUID complaintId, UUID campaignId, String sql, Object... params) {
		StatsDaily.Snapshot before = ensure(complaintId, campaignId);
		this.jdbc.sql(sql).params(params).update();
		this.daily.apply(before, this.daily.read(complaintId), false);
	}

	@ApplicationModuleListener(id = "stats.complaint-registered")
	void on(ComplaintRegistered event) {
		StatsDaily.Snapshot before = ensure(event.complaintId(), event.campaignId());
		if (before != null) {
			// read the problem types the row counts under now, before this event adds its
			// own
			before.types().get();
		}
		this.jdbc
			.sql("UPDATE stats_complaint SET channel = ?, received_day = ?, "
					+ "region_code = COALESCE(region_code, ?) WHERE complaint_id = ?")
			.params(event.channel().name(),
					Date.valueOf(event.receivedAt().atZone(CampaignDetails.CHINA_TIME).toLocalDate()),
					event.regionCode(), event.complaintId())
			.update();
		for (org.ducha.intake.ProblemType type : event.problemTypes()) {
			this.jdbc
				.sql("INSERT INTO stats_complaint_type (complaint_id, campaign_id, problem_type) VALUES (?, ?, ?) "
						+ "ON CONFLICT DO NOTHING")
				.params(event.complaintId(), event.campaignId(), type.name())
				.update();
		}
		this.daily.apply(before, this.daily.read(event.complaintId()), true);
	}

	@ApplicationModuleListener(id = "stats.complaint-accepted")
	void on(ComplaintAccepted event) {
		change(event.complaintId(), event.campaignId(),
				"UPDATE stats_complaint SET accepted = TRUE WHERE complaint_id = ?", event.complaintId());
	}

	@ApplicationModuleListener(id = "stats.complaint-handed-over")
	void on(ComplaintHandedOver event) {
		change(event.complaintId(), event.campaignId(),
				"UPDATE stats_complaint SET handed_over = TRUE WHERE complaint_id = ?", event.complaintId());
	}

	@ApplicationModuleListener(id = "stats.complaint-rerouted")
	void on(ComplaintRerouted event) {
		change(event.complaintId(), event.campaignId(),
				"UPDATE stats_complaint SET region_code = ? WHERE complaint_id = ? AND transferred = FALSE",
				event.regionCode(), event.complaintId());
	}

	@ApplicationModuleListener(id = "stats.complaint-merged")
	void on(org.ducha.intake.ComplaintMerged event) {
		change(event.complaintId(), event.campaignId(),
				"UPDATE stats_complaint SET merged_into = ? WHERE complaint_id = ?", event.masterId(),
				event.complaintId());
	}

	@ApplicationModuleListener(id = "stats.complaint-merge-undone")
	void on(org.ducha.intake.ComplaintMergeUndone event) {
		change(event.complaintId(), event.campaignId(),
				"UPDATE stats_complaint SET merged_into = NULL WHERE complaint_id = ?", event.complaintId());
	}

	@ApplicationModuleListener(id = "stats.case-transferred")
	void on(CaseTransferred event) {
		change(event.complaintId(), event.campaignId(),
				"UPDATE stats_complaint SET transferred = TRUE, case_id = ?, batch_number = ?, region_code = ?, "
						+ "key_case = ? WHERE complaint_id = ?",
				event.caseId(), event.batchNumber(), event.regionCode(), event.keyCase(), event.complaintId());
	}

	@ApplicationModuleListener(id = "stats.case-signed")
	void on(org.ducha.casework.CaseSigned event) {
		change(event.complaintId(), event.campaignId(),
				"UPDATE stats_complaint SET signed_on_time = ? WHERE complaint_id = ?", event.onTime(),
				event.complaintId());
	}

	@ApplicationModuleListener(id = "stats.case-reported")
	void on(org.ducha.casework.CaseReported event) {
		if (event.round() == 1) {
			change(event.complaintId(), event.campaignId(),
					"UPDATE stats_complaint SET reported_on_time = ? WHERE complaint_id = ?", event.onTime(),
					event.complaintId());
		}
		else {
			StatsDaily.Snapshot before = ensure(event.complaintId(), event.campaignId());
			this.daily.apply(before, this.daily.read(event.complaintId()), false);
		}
	}

	@ApplicationModuleListener(id = "stats.case-returned")
	void on(org.ducha.casework.CaseReturnedForRework event) {
		change(event.complaintId(), event.campaignId(), "UPDATE stats_complaint SET returns = ? WHERE complaint_id = ?",
				event.round(), event.complaintId());
	}

	@ApplicationModuleListener(id = "stats.case-concluded")
	void on(CaseConcluded event) {
		change(event.complaintId(), event.campaignId(),
				"UPDATE stats_complaint SET closure = ?, verdict = ?, ordered_to_rectify = ?, penalised_units = ?, "
						+ "fines_yuan = ?, criminal_cases = ?, administrative_detentions = ?, criminal_detentions = ?, "
						+ "summoned_persons = ?, accountable_persons = ?, referrals = ? WHERE complaint_id = ?",
				event.closure().name(), event.verdict().name(), event.counts().orderedToRectify(),
				event.counts().penalisedUnits(), event.counts().finesYuan(), event.counts().criminalCases(),
				event.counts().administrativeDetentions(), event.counts().criminalDetentions(),
				event.counts().summonedPersons(), event.counts().accountablePersons(), event.counts().referrals(),
				event.complaintId());
	}

	@ApplicationModuleListener(id = "stats.follow-up-recorded")
	void on(org.ducha.followup.FollowUpRecorded event) {
		if (event.outcome() != org.ducha.followup.Satisfaction.UNREACHABLE) {
			List<UUID> complaints = this.jdbc
				.sql("SELECT complaint_id FROM stats_complaint WHERE case_id = ? ORDER BY complaint_id")
				.param(event.caseId())
				.query(UUID.class)
				.list();
			for (UUID complaintId : complaints) {
				StatsDaily.Snapshot before = this.daily.lock(complaintId);
				this.jdbc.sql("UPDATE stats_complaint SET satisfaction = ? WHERE complaint_id = ? AND case_id = ?")
					.params(event.outcome().name(), complaintId, event.caseId())
					.update();
				this.daily.apply(before, this.daily.read(complaintId), false);
			}
		}
	}

	@ApplicationModuleListener(id = "stats.case-reopened")
	void on(CaseReopened event) {
		change(event.complaintId(), event.campaignId(),
				"UPDATE stats_complaint SET closure = NULL WHERE complaint_id = ?", event.complaintId());
	}

}
