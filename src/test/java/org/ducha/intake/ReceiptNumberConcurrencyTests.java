package org.ducha.intake;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.shared.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Receipt numbers stay unique and gap-free when many clerks register at the same moment.
 */
@IntegrationTest
class ReceiptNumberConcurrencyTests {

	static final int THREADS = 8;

	static final int PER_THREAD = 6;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	JdbcClient jdbc;

	@Test
	void givesConcurrentRegistrationsDistinctConsecutiveNumbers() throws Exception {
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		List<String> numbers = registerConcurrently(campaign, Channel.PHONE, "2016-12-01T09:00:00+08:00");
		String prefix = "D9" + campaign.receiptNumberScheme().unitLetters() + "20161201";
		List<String> expected = IntStream.rangeClosed(1, THREADS * PER_THREAD)
			.mapToObj((n) -> prefix + String.format("%04d", n))
			.toList();
		assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void keepsASeparateSequencePerChannelAndDay() throws Exception {
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		String unit = campaign.receiptNumberScheme().unitLetters();
		register(campaign, Channel.PHONE, "2016-12-02T09:00:00+08:00");
		assertThat(register(campaign, Channel.LETTER, "2016-12-02T09:00:00+08:00"))
			.isEqualTo("X9" + unit + "201612020001");
		assertThat(register(campaign, Channel.PHONE, "2016-12-03T09:00:00+08:00"))
			.isEqualTo("D9" + unit + "201612030001");
		assertThat(register(campaign, Channel.PHONE, "2016-12-02T19:00:00+08:00"))
			.isEqualTo("D9" + unit + "201612020002");
	}

	@Test
	void datesTheNumberByTheBeijingDayOfReceipt() {
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		assertThat(register(campaign, Channel.LETTER, "2016-12-04T17:30:00Z"))
			.isEqualTo("X9" + campaign.receiptNumberScheme().unitLetters() + "201612050001");
	}

	@Test
	void refusesADayWhoseFourDigitSequenceIsUsedUpAndKeepsNothingOfTheAttempt() {
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		register(campaign, Channel.VISIT, "2016-12-06T09:00:00+08:00");
		this.jdbc.sql("UPDATE receipt_counter SET last_value = ? WHERE campaign_id = ? AND prefix LIKE 'F%'")
			.params(ReceiptNumber.MAX_DAILY_SEQUENCE, campaign.id())
			.update();
		long before = complaints(campaign);

		assertThatThrownBy(() -> register(campaign, Channel.VISIT, "2016-12-06T15:00:00+08:00")).isInstanceOfSatisfying(
				ConflictException.class, (ex) -> assertThat(ex.code()).isEqualTo("receipt.dayExhausted"));
		assertThat(complaints(campaign)).as("nothing saved").isEqualTo(before);
		assertThat(this.jdbc.sql("SELECT last_value FROM receipt_counter WHERE campaign_id = ? AND prefix LIKE 'F%'")
			.param(campaign.id())
			.query(Integer.class)
			.single()).as("the counter rolled back").isEqualTo(ReceiptNumber.MAX_DAILY_SEQUENCE);
		assertThat(register(campaign, Channel.VISIT, "2016-12-07T09:00:00+08:00")).as("the next day starts again")
			.endsWith("201612070001");
	}

	private long complaints(CampaignDetails campaign) {
		return this.jdbc.sql("SELECT COUNT(*) FROM complaint WHERE campaign_id = ?")
			.param(campaign.id())
			.query(Long.class)
			.single();
	}

	private List<String> registerConcurrently(CampaignDetails campaign, Channel channel, String receivedAt)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<List<String>>> futures = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				Callable<List<String>> clerk = () -> {
					start.await();
					List<String> mine = new ArrayList<>();
					for (int i = 0; i < PER_THREAD; i++) {
						mine.add(register(campaign, channel, receivedAt));
					}
					return mine;
				};
				futures.add(pool.submit(clerk));
			}
			start.countDown();
			List<String> all = new ArrayList<>();
			for (Future<List<String>> future : futures) {
				all.addAll(future.get());
			}
			return all;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private String register(CampaignDetails campaign, Channel channel, String receivedAt) {
		ComplaintRegistration registration = new ComplaintRegistration(OffsetDateTime.parse(receivedAt), channel, null,
				null, null, null, "化工厂夜间偷排废水，河水发黑发臭。", List.of(ProblemType.WATER), null, null, null, "141002", null);
		return this.intake.register(campaign.id(), registration, Fixtures.CLERK, null).complaint().receiptNumber();
	}

}
