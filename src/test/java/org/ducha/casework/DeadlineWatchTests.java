package org.ducha.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Jurisdiction;
import org.ducha.accounts.Role;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.intake.Channel;
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ProblemType;
import org.ducha.intake.ScreeningDecision;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 催办 the day before a deadline, 督办 once it has passed — each recorded once per due day.
 */
@IntegrationTest
@RecordApplicationEvents
class DeadlineWatchTests {

	static final CurrentOfficer OFFICER = new CurrentOfficer(Fixtures.OFFICER, Fixtures.OFFICER,
			Set.of(Role.TEAM_OFFICER), Jurisdiction.everywhere());

	@Autowired
	DeadlineWatch watch;

	@Autowired
	BatchTransfers transfers;

	@Autowired
	CaseQueries queries;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	ApplicationEvents events;

	@Test
	void remindsBeforeTheSignDueDayAndSupervisesAfterIt() {
		CaseView transferred = transferOne();
		LocalDate due = transferred.signDue();

		this.watch.check(due.minusDays(5));
		assertThat(actions(transferred.id())).doesNotContain("REMINDED", "SUPERVISED");

		this.watch.check(due.minusDays(1));
		this.watch.check(due);
		assertThat(actions(transferred.id())).filteredOn("REMINDED"::equals).hasSize(1);

		this.watch.check(due.plusDays(1));
		this.watch.check(due.plusDays(2));
		assertThat(actions(transferred.id())).filteredOn("SUPERVISED"::equals).hasSize(1);
		assertThat(this.events.stream(CaseReminded.class).filter((event) -> event.caseId().equals(transferred.id())))
			.extracting(CaseReminded::overdue)
			.containsExactly(false, true);
	}

	private List<String> actions(UUID caseId) {
		return this.queries.get(caseId, Jurisdiction.everywhere())
			.timeline()
			.stream()
			.map(CaseTimelineEntry::action)
			.toList();
	}

	private CaseView transferOne() {
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		ComplaintRegistration registration = new ComplaintRegistration(
				OffsetDateTime.parse("2016-12-01T09:30:00+08:00"), Channel.PHONE, null, null, null, null,
				"餐馆油烟直排居民楼，夜间噪声扰民。", List.of(ProblemType.AIR), null, null, null, "141002", null);
		UUID complaint = this.intake.register(campaign.id(), registration, Fixtures.CLERK, null).complaint().id();
		this.intake.screen(complaint, ScreeningDecision.ACCEPT, null, null, OFFICER);
		BatchView batch = this.transfers.compose(campaign.id(), List.of(), Set.of(), Set.of(), Fixtures.OFFICER);
		this.transfers.transfer(batch.id(), Fixtures.OFFICER);
		return this.queries.search(new CaseFilter(campaign.id(), null, null, null, null), Jurisdiction.everywhere())
			.get(0);
	}

}
