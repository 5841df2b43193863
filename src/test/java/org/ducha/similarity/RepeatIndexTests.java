package org.ducha.similarity;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.TestClock;
import org.ducha.accounts.Jurisdiction;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.intake.Channel;
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintQueries;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ComplaintTexts;
import org.ducha.intake.ComplaintView;
import org.ducha.intake.ProblemType;
import org.ducha.intake.ReportedObject;
import org.ducha.shared.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.ducha.Fixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The repeat-detection index is rebuilt from the database and catches up with complaints
 * it did not hear about: registered on another instance, or before a restart. Each test
 * builds its own index (another instance, as far as the index is concerned) beside the
 * application's.
 */
@IntegrationTest
class RepeatIndexTests {

	@Autowired
	ComplaintTexts texts;

	@Autowired
	ComplaintQueries queries;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	Clock clock;

	@Autowired
	TestClock testClock;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path data;

	@BeforeEach
	void accounts() {
		Fixtures.ensureAccounts(this.accounts);
	}

	@AfterEach
	void resetClock() {
		this.testClock.reset();
	}

	@Test
	void takesInAComplaintRegisteredOnAnotherInstanceAtTheNextCatchUp() {
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		RepeatIndex other = new RepeatIndex(this.texts, this.clock, "", true, Duration.ZERO);
		try {
			other.catchUp();
			UUID first = register(campaign, "晋阳焦化有限公司", "尧都区县底镇", "晋阳焦化晚上偷偷排放废气，味道刺鼻。");
			this.testClock.advance(Duration.ofSeconds(30));
			UUID second = register(campaign, "晋阳焦化", "县底镇", "县底镇那家焦化厂夜里又排废气了。");

			assertThat(other.similarTo(view(second), 5).hits()).extracting(SimilarHit::complaintId)
				.doesNotContain(first);
			assertThat(other.catchUp()).isGreaterThanOrEqualTo(2);
			assertThat(other.similarTo(view(second), 5).hits()).extracting(SimilarHit::complaintId).contains(first);
			assertThat(other.catchUp()).as("nothing new the second time").isZero();
		}
		finally {
			other.close();
		}
	}

	@Test
	void catchesUpAfterARestartFromTheMomentSavedWithItsLastCommit() {
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		register(campaign, "宏达铸造厂", "翼城县南梁镇", "宏达铸造厂熔炉烟尘很大。");
		Path directory = this.data.resolve("index");
		this.testClock.advance(Duration.ofMinutes(10));
		RepeatIndex before = new RepeatIndex(this.texts, this.clock, directory.toString(), true, Duration.ZERO);
		before.catchUp();
		before.commit();
		int indexed = before.status().size();
		before.close();

		UUID missed = register(campaign, "恒通洗煤厂", "洪洞县大槐树镇", "恒通洗煤厂的煤泥水直接排进河里。");
		RepeatIndex after = new RepeatIndex(this.texts, this.clock, directory.toString(), true, Duration.ZERO);
		try {
			assertThat(after.status().size()).as("reopened with what was committed").isEqualTo(indexed);
			assertThat(after.status().upTo()).isNotNull();
			assertThat(after.catchUp()).as("only what changed since the saved moment, not the whole database")
				.isEqualTo(1);
			assertThat(after.status().size()).isEqualTo(indexed + 1);
			UUID repeat = register(campaign, "恒通洗煤厂", "大槐树镇", "恒通洗煤厂还在往河里排煤泥水。");
			assertThat(after.similarTo(view(repeat), 5).hits()).extracting(SimilarHit::complaintId)
				.as("the catch-up took in the complaint registered while the index was closed")
				.contains(missed);
		}
		finally {
			after.close();
		}
	}

	@Test
	void rebuildsFromTheDatabaseInTheBackgroundAndSwapsTheNewIndexIn() throws IOException {
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		UUID first = register(campaign, "兴旺石料厂", "浮山县北王乡", "兴旺石料厂粉尘很大，周边庄稼都是灰。");
		UUID second = register(campaign, "兴旺石料厂", "北王乡", "北王乡石料厂扬尘严重。");
		Path directory = this.data.resolve("index");
		RepeatIndex index = new RepeatIndex(this.texts, this.clock, directory.toString(), true, Duration.ZERO);
		try {
			assertThat(index.status().size()).isZero();
			index.rebuild();
			await().atMost(Duration.ofMinutes(2)).until(() -> !index.status().rebuilding());

			RepeatIndexStatus status = index.status();
			assertThat(status.total()).isGreaterThanOrEqualTo(2);
			assertThat(status.rebuilt()).isEqualTo(status.total());
			assertThat(status.percent()).isEqualTo(100);
			assertThat(status.size()).isEqualTo((int) status.total());
			assertThat(status.finishedAt()).isNotNull();
			assertThat(index.similarTo(view(second), 5).hits()).extracting(SimilarHit::complaintId).contains(first);
			try (var files = Files.list(this.data)) {
				assertThat(files.map((file) -> file.getFileName().toString()))
					.as("the rebuilt index moved in, nothing left aside")
					.containsExactly("index");
			}
		}
		finally {
			index.close();
		}
		RepeatIndex reopened = new RepeatIndex(this.texts, this.clock, directory.toString(), true, Duration.ZERO);
		try {
			assertThat(reopened.status().size()).as("the rebuilt index was committed").isGreaterThanOrEqualTo(2);
		}
		finally {
			reopened.close();
		}
	}

	@Test
	void letsATeamLeaderStartARebuildAndWatchItsProgress() throws Exception {
		this.mvc.perform(get("/api/similarity/index").with(as(Fixtures.LEADER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").isNumber())
			.andExpect(jsonPath("$.rebuilding").isBoolean());
		this.mvc.perform(post("/api/similarity/index/rebuild").with(as(Fixtures.CLERK)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/similarity/index").with(user(this.accounts.loadUserByUsername(Fixtures.LEADER))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"rebuild-index\"")));
	}

	@Test
	void refusesASecondRebuildWhileOneIsUnderWay() throws InterruptedException {
		ComplaintTexts slow = Mockito.mock(ComplaintTexts.class);
		CountDownLatch reading = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Mockito.when(slow.count()).thenReturn(1L);
		Mockito.when(slow.after(Mockito.any(), Mockito.anyInt())).thenAnswer((call) -> {
			reading.countDown();
			release.await();
			return List.of();
		});
		RepeatIndex index = new RepeatIndex(slow, this.clock, "", true, Duration.ZERO);
		try {
			index.rebuild();
			assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();
			assertThat(index.status().rebuilding()).isTrue();
			assertThatThrownBy(index::rebuild).isInstanceOf(ConflictException.class)
				.hasMessage("similarity.rebuildRunning");
			release.countDown();
			await().atMost(Duration.ofSeconds(30)).until(() -> !index.status().rebuilding());
			assertThat(index.status().finishedAt()).isNotNull();
		}
		finally {
			release.countDown();
			index.close();
		}
	}

	private ComplaintView view(UUID id) {
		return this.queries.get(id, Jurisdiction.everywhere());
	}

	private UUID register(CampaignDetails campaign, String object, String place, String description) {
		return this.intake
			.register(campaign.id(),
					new ComplaintRegistration(OffsetDateTime.parse("2016-12-01T10:00:00+08:00"), Channel.PHONE, null,
							null, new ReportedObject(object, place), place, description, List.of(ProblemType.AIR), null,
							null, null, null, null),
					Fixtures.CLERK, null)
			.complaint()
			.id();
	}

}
