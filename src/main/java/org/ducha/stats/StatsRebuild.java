package org.ducha.stats;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.ducha.accounts.Jurisdiction;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.casework.ActionCounts;
import org.ducha.casework.CaseFilter;
import org.ducha.casework.CaseQueries;
import org.ducha.casework.CaseStatus;
import org.ducha.casework.CaseView;
import org.ducha.casework.ReportView;
import org.ducha.casework.ReviewDecision;
import org.ducha.casework.ReviewView;
import org.ducha.followup.FollowUpDesk;
import org.ducha.followup.FollowUpStatus;
import org.ducha.followup.FollowUpView;
import org.ducha.followup.Satisfaction;
import org.ducha.intake.ComplaintFilter;
import org.ducha.intake.ComplaintMerges;
import org.ducha.intake.ComplaintQueries;
import org.ducha.intake.ComplaintStatus;
import org.ducha.intake.ComplaintSummary;
import org.ducha.intake.ProblemType;

/**
 * Rebuilds a campaign's read model ({@code stats_complaint},
 * {@code stats_complaint_type}, then the aggregate {@code stats_daily} from them) from
 * the source modules' own answers — intake's complaints, casework's case files,
 * follow-up's calls — in one transaction, for when the event-fed rows are lost or
 * doubted. Gives the rows the events would have given, with one difference: a first
 * report's on-time flag is recomputed against the case's report due date as it stands
 * now.
 */
@Service
public class StatsRebuild {

	private final JdbcClient jdbc;

	private final CampaignRegistry campaigns;

	private final ComplaintQueries complaints;

	private final ComplaintMerges merges;

	private final CaseQueries cases;

	private final FollowUpDesk followUps;

	private final StatsDaily daily;

	StatsRebuild(JdbcClient jdbc, CampaignRegistry campaigns, ComplaintQueries complaints, ComplaintMerges merges,
			CaseQueries cases, FollowUpDesk followUps, StatsDaily daily) {
		this.daily = daily;
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.complaints = complaints;
		this.merges = merges;
		this.cases = cases;
		this.followUps = followUps;
	}

	/**
	 * Empties and refills a campaign's read model.
	 * @param campaignId the campaign
	 * @return how many complaints were counted
	 */
	@Transactional
	public int rebuild(UUID campaignId) {
		this.campaigns.get(campaignId);
		this.jdbc.sql("DELETE FROM stats_complaint_type WHERE campaign_id = ?").param(campaignId).update();
		this.jdbc.sql("DELETE FROM stats_complaint WHERE campaign_id = ?").param(campaignId).update();
		Map<UUID, CaseView> caseOf = this.cases
			.search(new CaseFilter(campaignId, null, null, null, null), Jurisdiction.everywhere())
			.stream()
			.collect(Collectors.toMap(CaseView::complaintId, Function.identity(), (a, b) -> a));
		Map<UUID, Satisfaction> answerOf = this.followUps.ofCampaign(campaignId)
			.stream()
			.filter((call) -> call.status() == FollowUpStatus.DONE && call.outcome() != null
					&& call.outcome() != Satisfaction.UNREACHABLE)
			.collect(Collectors.groupingBy(FollowUpView::caseId,
					Collectors.collectingAndThen(
							Collectors.maxBy(Comparator.comparing(FollowUpView::doneAt,
									Comparator.nullsFirst(Comparator.naturalOrder()))),
							(latest) -> latest.map(FollowUpView::outcome).orElse(null))));
		int counted = 0;
		int page = 0;
		Page<ComplaintSummary> result;
		do {
			result = this.complaints.search(new ComplaintFilter(campaignId, null, null, null, null, null, null, null),
					Jurisdiction.everywhere(), page++, ComplaintQueries.MAX_PAGE_SIZE);
			for (ComplaintSummary complaint : result.getContent()) {
				CaseView file = caseOf.get(complaint.id());
				insert(complaint, file, (file != null) ? answerOf.get(file.id()) : null);
				counted++;
			}
		}
		while (result.hasNext());
		// last: a listener locks a complaint's row before any aggregate row, so the
		// rebuild
		// takes the aggregate rows only once it has written every complaint's row
		this.daily.refill(campaignId);
		return counted;
	}

	private void insert(ComplaintSummary complaint, CaseView file, Satisfaction answer) {
		ReportView concluded = (file != null) ? acceptedReport(file) : null;
		ActionCounts counts = (concluded != null) ? concluded.counts() : null;
		ReportView first = (file != null)
				? file.reports().stream().filter((r) -> r.round() == 1).findFirst().orElse(null) : null;
		Integer returns = (file != null) ? file.reviews()
			.stream()
			.filter((review) -> review.decision() == ReviewDecision.RETURN)
			.map(ReviewView::round)
			.max(Integer::compare)
			.orElse(null) : null;
		List<Object> values = new ArrayList<>();
		values.add(complaint.id());
		values.add(complaint.campaignId());
		values.add(complaint.channel().name());
		values.add(Date.valueOf(complaint.receivedAt().atZone(CampaignDetails.CHINA_TIME).toLocalDate()));
		values.add((file != null) ? file.regionCode() : complaint.regionCode());
		values.add(accepted(complaint));
		values.add(complaint.status() == ComplaintStatus.HANDED_OVER);
		values.add(file != null);
		values.add((file != null) ? file.keyCase() : null);
		values.add((file != null) ? file.id() : null);
		values.add((file != null) ? file.batchNumber() : null);
		values.add((file != null && file.status() == CaseStatus.CONCLUDED && file.closure() != null)
				? file.closure().name() : null);
		values.add((concluded != null) ? concluded.verdict().name() : null);
		values.add((counts != null) ? counts.orderedToRectify() : null);
		values.add((counts != null) ? counts.penalisedUnits() : null);
		values.add((counts != null) ? counts.finesYuan() : null);
		values.add((counts != null) ? counts.criminalCases() : null);
		values.add((counts != null) ? counts.administrativeDetentions() : null);
		values.add((counts != null) ? counts.criminalDetentions() : null);
		values.add((counts != null) ? counts.summonedPersons() : null);
		values.add((counts != null) ? counts.accountablePersons() : null);
		values.add((counts != null) ? counts.referrals() : null);
		values.add((file != null && file.signedAt() != null) ? !file.signedAt().isAfter(endOf(file.signDue())) : null);
		values.add((first != null && file.reportDue() != null) ? !first.submittedAt().isAfter(endOf(file.reportDue()))
				: null);
		values.add(returns);
		values.add((answer != null) ? answer.name() : null);
		values.add((complaint.status() == ComplaintStatus.MERGED) ? this.merges.masterOf(complaint.id()).orElse(null)
				: null);
		this.jdbc
			.sql("INSERT INTO stats_complaint (complaint_id, campaign_id, channel, received_day, region_code, "
					+ "accepted, handed_over, transferred, key_case, case_id, batch_number, closure, verdict, "
					+ "ordered_to_rectify, penalised_units, fines_yuan, criminal_cases, administrative_detentions, "
					+ "criminal_detentions, summoned_persons, accountable_persons, referrals, signed_on_time, "
					+ "reported_on_time, returns, satisfaction, merged_into) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(values)
			.update();
		for (ProblemType type : complaint.problemTypes()) {
			this.jdbc.sql("INSERT INTO stats_complaint_type (complaint_id, campaign_id, problem_type) VALUES (?, ?, ?)")
				.params(complaint.id(), complaint.campaignId(), type.name())
				.update();
		}
	}

	/** Accepted at screening: still accepted, or merged after it was. */
	private boolean accepted(ComplaintSummary complaint) {
		if (complaint.status() == ComplaintStatus.ACCEPTED) {
			return true;
		}
		if (complaint.status() != ComplaintStatus.MERGED) {
			return false;
		}
		return this.complaints.get(complaint.id(), Jurisdiction.everywhere())
			.timeline()
			.stream()
			.anyMatch((entry) -> entry.to() == ComplaintStatus.ACCEPTED);
	}

	/** The report of the last accepting review: its verdict and measures stay counted. */
	private static ReportView acceptedReport(CaseView file) {
		return file.reviews()
			.stream()
			.filter((review) -> review.decision() == ReviewDecision.ACCEPT)
			.reduce((a, b) -> b)
			.flatMap((review) -> file.reports().stream().filter((r) -> r.round() == review.round()).findFirst())
			.orElse(null);
	}

	private static Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(CampaignDetails.CHINA_TIME).toInstant();
	}

}
