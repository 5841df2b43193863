package org.ducha.stats;

import java.sql.Date;

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

	StatsListener(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Makes sure the complaint's row exists, whichever of its events arrives first.
	 */
	private void ensure(java.util.UUID complaintId, java.util.UUID campaignId) {
		this.jdbc
			.sql("INSERT INTO stats_complaint (complaint_id, campaign_id, accepted, handed_over, transferred) "
					+ "VALUES (?, ?, FALSE, FALSE, FALSE) ON CONFLICT DO NOTHING")
			.params(complaintId, campaignId)
			.update();
	}

	@ApplicationModuleListener(id = "stats.complaint-registered")
	void on(ComplaintRegistered event) {
		ensure(event.complaintId(), event.campaignId());
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
	}

	@ApplicationModuleListener(id = "stats.complaint-accepted")
	void on(ComplaintAccepted event) {
		ensure(event.complaintId(), event.campaignId());
		this.jdbc.sql("UPDATE stats_complaint SET accepted = TRUE WHERE complaint_id = ?")
			.param(event.complaintId())
			.update();
	}

	@ApplicationModuleListener(id = "stats.complaint-handed-over")
	void on(ComplaintHandedOver event) {
		ensure(event.complaintId(), event.campaignId());
		this.jdbc.sql("UPDATE stats_complaint SET handed_over = TRUE WHERE complaint_id = ?")
			.param(event.complaintId())
			.update();
	}

	@ApplicationModuleListener(id = "stats.complaint-rerouted")
	void on(ComplaintRerouted event) {
		ensure(event.complaintId(), event.campaignId());
		this.jdbc.sql("UPDATE stats_complaint SET region_code = ? WHERE complaint_id = ? AND transferred = FALSE")
			.params(event.regionCode(), event.complaintId())
			.update();
	}

	@ApplicationModuleListener(id = "stats.complaint-merged")
	void on(org.ducha.intake.ComplaintMerged event) {
		ensure(event.complaintId(), event.campaignId());
		this.jdbc.sql("UPDATE stats_complaint SET merged_into = ? WHERE complaint_id = ?")
			.params(event.masterId(), event.complaintId())
			.update();
	}

	@ApplicationModuleListener(id = "stats.complaint-merge-undone")
	void on(org.ducha.intake.ComplaintMergeUndone event) {
		ensure(event.complaintId(), event.campaignId());
		this.jdbc.sql("UPDATE stats_complaint SET merged_into = NULL WHERE complaint_id = ?")
			.param(event.complaintId())
			.update();
	}

	@ApplicationModuleListener(id = "stats.case-transferred")
	void on(CaseTransferred event) {
		ensure(event.complaintId(), event.campaignId());
		this.jdbc
			.sql("UPDATE stats_complaint SET transferred = TRUE, case_id = ?, batch_number = ?, region_code = ?, "
					+ "key_case = ? WHERE complaint_id = ?")
			.params(event.caseId(), event.batchNumber(), event.regionCode(), event.keyCase(), event.complaintId())
			.update();
	}

	@ApplicationModuleListener(id = "stats.case-signed")
	void on(org.ducha.casework.CaseSigned event) {
		ensure(event.complaintId(), event.campaignId());
		this.jdbc.sql("UPDATE stats_complaint SET signed_on_time = ? WHERE complaint_id = ?")
			.params(event.onTime(), event.complaintId())
			.update();
	}

	@ApplicationModuleListener(id = "stats.case-reported")
	void on(org.ducha.casework.CaseReported event) {
		ensure(event.complaintId(), event.campaignId());
		if (event.round() == 1) {
			this.jdbc.sql("UPDATE stats_complaint SET reported_on_time = ? WHERE complaint_id = ?")
				.params(event.onTime(), event.complaintId())
				.update();
		}
	}

	@ApplicationModuleListener(id = "stats.case-returned")
	void on(org.ducha.casework.CaseReturnedForRework event) {
		ensure(event.complaintId(), event.campaignId());
		this.jdbc.sql("UPDATE stats_complaint SET returns = ? WHERE complaint_id = ?")
			.params(event.round(), event.complaintId())
			.update();
	}

	@ApplicationModuleListener(id = "stats.case-concluded")
	void on(CaseConcluded event) {
		ensure(event.complaintId(), event.campaignId());
		this.jdbc
			.sql("UPDATE stats_complaint SET closure = ?, verdict = ?, ordered_to_rectify = ?, penalised_units = ?, "
					+ "fines_yuan = ?, criminal_cases = ?, administrative_detentions = ?, criminal_detentions = ?, "
					+ "summoned_persons = ?, accountable_persons = ?, referrals = ? WHERE complaint_id = ?")
			.params(event.closure().name(), event.verdict().name(), event.counts().orderedToRectify(),
					event.counts().penalisedUnits(), event.counts().finesYuan(), event.counts().criminalCases(),
					event.counts().administrativeDetentions(), event.counts().criminalDetentions(),
					event.counts().summonedPersons(), event.counts().accountablePersons(), event.counts().referrals(),
					event.complaintId())
			.update();
	}

	@ApplicationModuleListener(id = "stats.follow-up-recorded")
	void on(org.ducha.followup.FollowUpRecorded event) {
		if (event.outcome() != org.ducha.followup.Satisfaction.UNREACHABLE) {
			this.jdbc.sql("UPDATE stats_complaint SET satisfaction = ? WHERE case_id = ?")
				.params(event.outcome().name(), event.caseId())
				.update();
		}
	}

	@ApplicationModuleListener(id = "stats.case-reopened")
	void on(CaseReopened event) {
		ensure(event.complaintId(), event.campaignId());
		this.jdbc.sql("UPDATE stats_complaint SET closure = NULL WHERE complaint_id = ?")
			.param(event.complaintId())
			.update();
	}

}
