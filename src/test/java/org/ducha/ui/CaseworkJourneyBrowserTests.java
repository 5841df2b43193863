package org.ducha.ui;

import java.time.Clock;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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
import org.ducha.intake.ProblemType;
import org.ducha.intake.ScreeningDecision;
import org.ducha.notifications.Outbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 边督边改 in a real browser: the team officer composes and transfers the day's batch, the
 * county handler signs and reports, the team returns the report, the handler reports
 * again, the team accepts. The county's inbox shows the batch notice.
 */
@IntegrationTest
class CaseworkJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	Outbox outbox;

	@Autowired
	Clock clock;

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
	void batchGoesOutAndACaseComesBackThroughReworkToAcceptance() throws Exception {
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		String receipt = acceptedComplaint(campaign);

		signIn(Fixtures.OFFICER);
		open("/campaigns/" + campaign.id() + "/batches");
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("compose"))).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("batch-notice"), "第1批"));
		assertThat(this.browser.findElement(By.id("batch-notice")).getText()).contains("1件");
		this.browser.findElement(By.id("transfer")).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("batch-status"), "已交办"));
		assertThat(this.browser.findElements(By.cssSelector("#sheets a"))).extracting(WebElement::getText)
			.contains("Excel", "PDF");
		BrowserSupport.screenshot(this.browser, "batch-transferred");
		signOut();

		this.outbox.deliverDue(this.clock.instant());
		signIn(Fixtures.HANDLER);
		assertThat(this.browser.findElement(By.id("unread-count")).getText()).isNotBlank();
		this.browser.findElement(By.id("nav-notifications")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox")));
		assertThat(this.browser.findElement(By.id("inbox")).getText()).contains(campaign.teamName() + "第1批交办件已到达");
		BrowserSupport.screenshot(this.browser, "county-inbox");
		open("/cases?campaignId=" + campaign.id());
		this.wait.until(ExpectedConditions.elementToBeClickable(By.linkText(receipt))).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("case-status"), "待签收"));
		this.browser.findElement(By.id("leadUnit")).sendKeys("尧都区生态环境分局");
		this.browser.findElement(By.id("sign-for")).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("case-status"), "办理中"));
		String caseUrl = this.browser.getCurrentUrl();
		submitReport("经现场核查，砖厂夜间确有冒黑烟现象。");
		this.wait.until(ExpectedConditions.textToBe(By.id("case-status"), "待审核"));
		signOut();

		signIn(Fixtures.OFFICER);
		this.browser.get(caseUrl);
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("decision-return"))).click();
		this.browser.findElement(By.id("review-reasons")).sendKeys("未说明处罚依据和整改时限，请补充。");
		this.browser.findElement(By.id("submit-review")).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("case-status"), "退回重办"));
		signOut();

		signIn(Fixtures.HANDLER);
		this.browser.get(caseUrl);
		submitReport("补充核查：依据大气污染防治法第九十九条立案处罚，责令停产整改。");
		this.wait.until(ExpectedConditions.textToBe(By.id("case-status"), "待审核"));
		signOut();

		signIn(Fixtures.OFFICER);
		this.browser.get(caseUrl);
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("submit-review"))).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("case-status"), "已审核"));
		assertThat(this.browser.findElement(By.id("case-closure")).getText()).isEqualTo("已办结");
		assertThat(this.browser.findElement(By.id("reviews")).getText()).contains("退回重办", "审核通过");
		assertThat(this.browser.findElement(By.id("case-timeline")).getText()).contains("交办", "签收", "上报", "退回重办",
				"审核通过");
		BrowserSupport.screenshot(this.browser, "case-concluded");
	}

	private void submitReport(String investigation) {
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-form")));
		this.browser.findElement(By.id("allegation-0")).sendKeys("夜间冒黑烟");
		new Select(this.browser.findElement(By.id("allegation-verdict-0"))).selectByValue("TRUE");
		new Select(this.browser.findElement(By.id("verdict"))).selectByValue("TRUE");
		new Select(this.browser.findElement(By.id("closure"))).selectByValue("CLOSED");
		this.browser.findElement(By.id("investigation")).sendKeys(investigation);
		this.browser.findElement(By.id("actions")).sendKeys("责令停产整改，立案处罚。");
		this.browser.findElement(By.id("penalisedUnits")).clear();
		this.browser.findElement(By.id("penalisedUnits")).sendKeys("1");
		this.browser.findElement(By.id("submit-report")).click();
	}

	private String acceptedComplaint(CampaignDetails campaign) {
		ComplaintRegistration registration = new ComplaintRegistration(
				OffsetDateTime.parse("2016-11-29T09:30:00+08:00"), Channel.PHONE, null, null, null, "尧都区屯里镇",
				"砖厂夜间冒黑烟，周边村民晾晒的衣物被熏黑。", List.of(ProblemType.AIR), null, null, null, "141002", null);
		var complaint = this.intake.register(campaign.id(), registration, Fixtures.CLERK, null).complaint();
		UUID id = complaint.id();
		this.intake.screen(id, ScreeningDecision.ACCEPT, null, null, new CurrentOfficer(Fixtures.OFFICER,
				Fixtures.OFFICER, Set.of(Role.TEAM_OFFICER), Jurisdiction.everywhere()));
		return complaint.receiptNumber();
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
