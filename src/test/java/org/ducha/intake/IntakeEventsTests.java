package org.ducha.intake;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Jurisdiction;
import org.ducha.accounts.Role;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What intake tells the other modules: past-tense events with ids and a few facts, never
 * the complainant — and a retried registration under one idempotency key is registered
 * once.
 */
@IntegrationTest
@RecordApplicationEvents
class IntakeEventsTests {

	@Autowired
	ComplaintIntake intake;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void announcesRegistrationAndScreeningWithoutPersonalData() {
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		ComplaintView complaint = this.intake.register(campaign.id(), registration(), Fixtures.CLERK, null).complaint();
		this.intake.screen(complaint.id(), ScreeningDecision.ACCEPT, null, null, officer());

		assertThat(this.events.stream(ComplaintRegistered.class)).singleElement().satisfies((event) -> {
			assertThat(event.complaintId()).isEqualTo(complaint.id());
			assertThat(event.receiptNumber()).isEqualTo(complaint.receiptNumber());
			assertThat(event.channel()).isEqualTo(Channel.PHONE);
			assertThat(event.toString()).doesNotContain("赵事件", "13600000004");
		});
		assertThat(this.events.stream(ComplaintAccepted.class)).singleElement()
			.satisfies((event) -> assertThat(event.complaintId()).isEqualTo(complaint.id()));
	}

	@Test
	void registersOnceWhenTheSameKeyArrivesConcurrently() throws Exception {
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		String key = UUID.randomUUID().toString();
		int clients = 6;
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<UUID>> results = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return this.intake.register(campaign.id(), registration(), Fixtures.CLERK, key).complaint().id();
				}));
			}
			start.countDown();
			Set<UUID> ids = new HashSet<>();
			for (Future<UUID> result : results) {
				ids.add(result.get());
			}
			assertThat(ids).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM complaint WHERE campaign_id = ?")
			.param(campaign.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	static ComplaintRegistration registration() {
		return new ComplaintRegistration(OffsetDateTime.parse("2016-12-05T11:00:00+08:00"), Channel.PHONE, null, null,
				new ReportedObject("某洗煤厂", null), null, "洗煤厂废水直排汾河支流。", List.of(ProblemType.WATER), null, null, null,
				"141002", new ComplainantDetails("赵事件", "13600000004", null, false, true));
	}

	static CurrentOfficer officer() {
		return new CurrentOfficer(Fixtures.OFFICER, Fixtures.OFFICER, Set.of(Role.TEAM_OFFICER),
				Jurisdiction.everywhere());
	}

}
