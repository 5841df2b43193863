package org.ducha.ui;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accounts.CurrentOfficer;
import org.ducha.accounts.Jurisdiction;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.accounts.Role;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.intake.Channel;
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ComplaintView;
import org.ducha.intake.ProblemType;
import org.ducha.intake.ReportedObject;
import org.ducha.intake.ScreeningDecision;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 合并 in a real browser (htmx under the content security policy, with the CSRF token): the
 * clerk merges a repeat from the similarity panel, the page shows it merged; the team
 * leader undoes it from the master's panel.
 */
@IntegrationTest
class RepeatJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	ComplaintIntake intake;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void openBrowser() throws Exception {
		this.browser = BrowserSupport.start();
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
		Fixtures.ensureAccounts(this.accounts);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void clerkMergesARepeatAndTheLeaderUndoesIt() throws Exception {
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		ComplaintView master = accepted(campaign, "临汾市尧都区璋琮陶瓷厂", "陶瓷厂窑炉夜里冒黑烟。");
		ComplaintView repeat = accepted(campaign, "璋琮陶瓷厂", "陶瓷厂烟囱晚上冒黑烟，呛人。");

		signIn(Fixtures.CLERK);
		open("/complaints/" + repeat.id());
		By mergeButton = By.cssSelector("#similar-hits li[data-complaint='" + master.id() + "'] .decide-MERGED");
		for (int attempt = 0; attempt < 10 && this.browser.findElements(mergeButton).isEmpty(); attempt++) {
			open("/complaints/" + repeat.id());
			try {
				new WebDriverWait(this.browser, Duration.ofSeconds(3))
					.until(ExpectedConditions.presenceOfElementLocated(mergeButton));
			}
			catch (org.openqa.selenium.TimeoutException ex) {
				// the index is fed asynchronously: reload until the master is proposed
			}
		}
		this.wait.until(ExpectedConditions.elementToBeClickable(mergeButton)).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("complaint-status"), "已合并"));
		assertThat(this.browser.findElement(By.id("timeline")).getText()).contains("合并为重复件", master.receiptNumber());
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("relations")));
		assertThat(this.browser.findElement(By.id("relations")).getText()).contains(master.receiptNumber());
		assertThat(this.browser.findElements(By.cssSelector("#relations .undo"))).as("only a team leader may undo")
			.isEmpty();
		BrowserSupport.screenshot(this.browser, "repeat-merged");
		signOut();

		signIn(Fixtures.LEADER);
		open("/complaints/" + master.id());
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("merged-count")));
		assertThat(this.browser.findElement(By.id("timeline")).getText()).contains("并入重复件", repeat.receiptNumber());
		this.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#relations .undo"))).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "撤销并入的重复件"));
		open("/complaints/" + repeat.id());
		this.wait.until(ExpectedConditions.textToBe(By.id("complaint-status"), "已受理"));
	}

	private ComplaintView accepted(CampaignDetails campaign, String object, String description) {
		ComplaintRegistration registration = new ComplaintRegistration(
				OffsetDateTime.parse("2016-11-29T09:30:00+08:00"), Channel.PHONE, null, null,
				new ReportedObject(object, null), null, description, List.of(ProblemType.AIR), null, null, null,
				"141002", null);
		ComplaintView complaint = this.intake.register(campaign.id(), registration, Fixtures.CLERK, null).complaint();
		UUID id = complaint.id();
		this.intake.screen(id, ScreeningDecision.ACCEPT, null, null, new CurrentOfficer(Fixtures.OFFICER,
				Fixtures.OFFICER, Set.of(Role.TEAM_OFFICER), Jurisdiction.everywhere()));
		return complaint;
	}

	private void signIn(String username) {
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		this.browser.findElement(By.id("sign-in")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
	}

	private void signOut() {
		this.browser.manage().deleteAllCookies();
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
