package org.ducha.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.casework.BatchTransfers;
import org.ducha.casework.BatchView;
import org.ducha.intake.ComplaintIntake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.Fixtures.as;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The outbox's guarantees: notices committed with their event are delivered after a
 * crash, exactly once per recipient, also when workers race; a failing SMTP server leads
 * to retries with growing waits and then a visible failure with its reason, which an
 * admin can send again. E-mail goes to an embedded GreenMail server on the port of the
 * test configuration.
 */
@IntegrationTest
class OutboxDeliveryTests {

	static final ServerSetup SMTP = new ServerSetup(39025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	OfficerAddresses addresses;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	BatchTransfers batches;

	@Autowired
	Outbox outbox;

	@Autowired
	NotificationSettings settings;

	@Autowired
	Clock clock;

	GreenMail mail;

	@BeforeEach
	void accounts() {
		NoticeScenario.ensureAccounts(this.accounts, this.addresses);
	}

	@AfterEach
	void stopMail() {
		if (this.mail != null) {
			this.mail.stop();
		}
	}

	@Test
	void noticesCommittedBeforeACrashAreDeliveredAfterTheRestartExactlyOncePerRecipient() throws Exception {
		startMail();
		BatchView batch = NoticeScenario.transferOne(this.batches, this.intake, this.campaigns);
		String team = this.campaigns.get(batch.campaignId()).teamName();
		List<Map<String, Object>> committed = rows(batch.campaignId());
		assertThat(committed).extracting((row) -> row.get("channel")).contains("IN_APP", "EMAIL");
		assertThat(committed).allSatisfy((row) -> assertThat(row.get("status")).isEqualTo("PENDING"));

		// The worker "crashed" after claiming the e-mail and before sending it: its claim
		// stays behind.
		Instant crash = this.clock.instant();
		UUID claimedEmail = committed.stream()
			.filter((row) -> "EMAIL".equals(row.get("channel")))
			.map((row) -> (UUID) row.get("id"))
			.findFirst()
			.orElseThrow();
		this.jdbc
			.sql("update notification_outbox set status = 'SENDING', claimed_at = :at, attempts = 1 where id = :id")
			.param("at", OffsetDateTime.ofInstant(crash, ZoneOffset.UTC))
			.param("id", claimedEmail)
			.update();

		// After the restart the worker delivers the rest; the fresh claim is left to its
		// lease.
		Instant restart = crash.plusSeconds(60);
		this.outbox.deliverDue(restart);
		assertThat(statusOf(claimedEmail)).isEqualTo("SENDING");
		assertThat(rows(batch.campaignId())).filteredOn((row) -> !claimedEmail.equals(row.get("id")))
			.allSatisfy((row) -> assertThat(row.get("status")).isEqualTo("SENT"));
		assertThat(mailsAbout(team)).isEmpty();

		// Once the lease has run out two workers race for it; it goes out once.
		Instant afterLease = crash.plus(this.settings.lease()).plusSeconds(1);
		raceTwoWorkers(afterLease);
		assertThat(statusOf(claimedEmail)).isEqualTo("SENT");
		this.outbox.deliverDue(afterLease.plusSeconds(3600));

		List<MimeMessage> mails = mailsAbout(team);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).getAllRecipients()).extracting(Object::toString)
			.containsExactly(NoticeScenario.MAIL_ADDRESS);
		assertThat(mails.get(0).getSubject()).isEqualTo(team + "第1批交办件已到达");
		assertThat(mails.get(0).getHeader("X-Ducha-Notice")).containsExactly(claimedEmail.toString());
		for (String handler : List.of(Fixtures.HANDLER, NoticeScenario.MAIL_HANDLER)) {
			assertThat(this.jdbc
				.sql("select count(*) from notification_inbox i join notification_outbox o on o.id = i.outbox_id "
						+ "where o.campaign_id = :campaign and i.recipient = :recipient")
				.param("campaign", batch.campaignId())
				.param("recipient", handler)
				.query(Long.class)
				.single()).as(handler).isEqualTo(1L);
		}
	}

	@Test
	void aFailingSmtpServerLeadsToRetriesWithBackoffThenAVisibleFailureThatCanBeRetried() throws Exception {
		BatchView batch = NoticeScenario.transferOne(this.batches, this.intake, this.campaigns);
		UUID email = rows(batch.campaignId()).stream()
			.filter((row) -> "EMAIL".equals(row.get("channel")))
			.map((row) -> (UUID) row.get("id"))
			.findFirst()
			.orElseThrow();
		Instant now = this.clock.instant();
		List<Instant> attempts = new ArrayList<>();
		for (int attempt = 1; attempt <= this.settings.maxAttempts(); attempt++) {
			// nothing happens before the next attempt is due
			this.outbox.deliverDue(now.minusSeconds(1));
			attempts.add(now);
			this.outbox.deliverDue(now);
			OutboxMessage message = this.outbox.get(email);
			assertThat(message.attempts()).isEqualTo(attempt);
			assertThat(message.lastError()).contains("Mail");
			if (attempt < this.settings.maxAttempts()) {
				assertThat(message.status()).isEqualTo(OutboxStatus.PENDING);
				assertThat(message.nextAttemptAt())
					.isAfter(now.plus(this.settings.backoffAfter(attempt)).minusMillis(1))
					.isBefore(now.plus(this.settings.backoffAfter(attempt)).plusSeconds(1));
				now = message.nextAttemptAt();
			}
		}
		assertThat(this.settings.backoffAfter(2)).isEqualTo(this.settings.backoffAfter(1).multipliedBy(2));
		OutboxMessage failed = this.outbox.get(email);
		assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
		assertThat(failed.lastError()).containsIgnoringCase("connect");

		this.mvc.perform(get("/api/admin/outbox").param("status", "FAILED").with(as(Fixtures.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + email + "')].lastError").isNotEmpty());
		String page = this.mvc
			.perform(get("/admin/outbox").param("status", "FAILED")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(this.accounts.loadUserByUsername(Fixtures.ADMIN))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("outbox-" + email).contains("发送失败");

		this.mvc.perform(post("/api/admin/outbox/{id}/retry", email).with(as(Fixtures.OFFICER)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/admin/outbox/{id}/retry", email).with(as(Fixtures.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.lastError").value(startsWith("Mail")));
		this.mvc.perform(post("/api/admin/outbox/{id}/retry", email).with(as(Fixtures.ADMIN)))
			.andExpect(status().isConflict());
		startMail();
		this.outbox.deliverDue(this.clock.instant());
		assertThat(this.outbox.get(email).status()).isEqualTo(OutboxStatus.SENT);
		assertThat(mailsAbout(this.campaigns.get(batch.campaignId()).teamName())).hasSize(1);
		assertThat(attempts).hasSize(this.settings.maxAttempts());
	}

	@Test
	void aWorkerThatSelectedAMessageAnotherAlreadySentCannotClaimIt() throws Exception {
		startMail();
		BatchView batch = NoticeScenario.transferOne(this.batches, this.intake, this.campaigns);
		UUID email = rows(batch.campaignId()).stream()
			.filter((row) -> "EMAIL".equals(row.get("channel")))
			.map((row) -> (UUID) row.get("id"))
			.findFirst()
			.orElseThrow();
		Instant now = this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		// worker B delivers everything due...
		this.outbox.deliverDue(now);
		assertThat(statusOf(email)).isEqualTo("SENT");
		// ...while worker A, which had selected the same message, comes to claim it late
		assertThat(this.outbox.deliver(email, now)).isFalse();
		assertThat(this.outbox.deliver(email, now.plus(this.settings.lease()).plusSeconds(60))).isFalse();
		assertThat(mailsAbout(this.campaigns.get(batch.campaignId()).teamName())).hasSize(1);
		assertThat(this.outbox.get(email).attempts()).isEqualTo(1);
	}

	void raceTwoWorkers(Instant at) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			Callable<Integer> worker = () -> {
				start.await();
				return this.outbox.deliverDue(at);
			};
			List<Future<Integer>> runs = List.of(pool.submit(worker), pool.submit(worker));
			start.countDown();
			for (Future<Integer> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	void startMail() {
		this.mail = new GreenMail(SMTP);
		this.mail.start();
	}

	List<MimeMessage> mailsAbout(String team) {
		if (this.mail == null) {
			return List.of();
		}
		return Arrays.stream(this.mail.getReceivedMessages()).filter((message) -> {
			try {
				return message.getSubject().contains(team);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	String statusOf(UUID id) {
		return this.outbox.get(id).status().name();
	}

	List<Map<String, Object>> rows(UUID campaignId) {
		return this.jdbc
			.sql("select id, channel, recipient, status from notification_outbox where campaign_id = :campaign "
					+ "order by recipient, channel")
			.param("campaign", campaignId)
			.query()
			.listOfRows();
	}

}
