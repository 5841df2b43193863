package org.ducha.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

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
import org.ducha.TestClock;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 整改销号 in a real browser: the team sets up a plan with a task, the county reports
 * progress and applies for close-out with evidence, the team accepts, the leader signs
 * off, the public sees the notice on the portal, the leader writes the task off after the
 * notice, and a look-back that finds a rebound reopens it.
 */
@IntegrationTest
class RectificationJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	TestClock clock;

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
		this.clock.reset();
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void taskGoesFromPlanThroughNoticeToWriteOffAndALookBackReopensIt() throws Exception {
		CampaignDetails campaign = Fixtures.currentCampaign(this.campaigns);

		signIn(Fixtures.OFFICER);
		open("/campaigns/" + campaign.id() + "/rectification");
		type("plan-title", "尧都区贯彻落实督察反馈意见整改方案");
		date("plan-fedBackOn", LocalDate.now().minusDays(5));
		this.browser.findElement(By.id("create-plan")).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("plan-title"), "尧都区贯彻落实督察反馈意见整改方案"));
		type("task-problem", "城区周边无证砖厂冒黑烟");
		type("task-target", "无证砖厂全部关停取缔");
		type("task-measures", "逐厂建立台账，断水断电，拆除设备");
		type("task-leadUnit", "尧都区人民政府");
		type("task-leader", "区长");
		type("task-person", "分管副区长");
		type("task-region", "141002");
		date("task-deadline", LocalDate.now().plusDays(60));
		this.browser.findElement(By.id("add-task")).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.linkText("城区周边无证砖厂冒黑烟"))).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("task-status"), "已列入清单"));
		String taskUrl = this.browser.getCurrentUrl();
		signOut();

		signIn(Fixtures.HANDLER);
		this.browser.get(taskUrl);
		type("percent", "60");
		type("narrative", "已关停28家，拆除设备");
		this.browser.findElement(By.id("report-progress")).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("task-status"), "整改中"));
		assertThat(this.browser.findElement(By.id("task-progress")).getText()).isEqualTo("60%");
		Path evidence = Files.createTempFile("验收材料", ".pdf");
		Files.write(evidence, ("%PDF-1.4\n% " + System.nanoTime() + "\n%%EOF\n").getBytes());
		this.browser.findElement(By.id("evidence-file")).sendKeys(evidence.toString());
		this.browser.findElement(By.id("upload-evidence")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evidence")));
		type("completion", "46家无证砖厂全部关停取缔，设备拆除到位");
		this.browser.findElement(By.id("request-closeout")).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("task-status"), "申请销号"));
		signOut();

		signIn(Fixtures.OFFICER);
		this.browser.get(taskUrl);
		type("acceptingUnit", "临汾市生态环境局");
		type("findings", "现场核查，设备全部拆除");
		this.browser.findElement(By.id("submit-acceptance")).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("task-status"), "验收通过"));
		signOut();

		signIn(Fixtures.LEADER);
		this.browser.get(taskUrl);
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-off"))).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("task-status"), "公示中"));
		signOut();

		open("/public/campaigns/" + campaign.id());
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("go-rectification"))).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.className("notice-problem")));
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("城区周边无证砖厂冒黑烟", "46家无证砖厂全部关停取缔");
		BrowserSupport.screenshot(this.browser, "rectification-public-notice");

		this.clock.advance(Duration.ofDays(11));
		signIn(Fixtures.LEADER);
		this.browser.get(taskUrl);
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("write-off-button"))).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("task-status"), "已销号"));
		this.browser.findElement(By.id("lookback-rebound")).click();
		type("lookback-findings", "回头看发现2家砖厂死灰复燃");
		this.browser.findElement(By.id("submit-lookback")).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("task-status"), "重新整改"));
		assertThat(this.browser.findElement(By.id("task-history")).getText()).contains("列入清单", "报送进展", "申请销号", "验收通过",
				"审核签字", "销号", "回头看发现反弹");
		BrowserSupport.screenshot(this.browser, "rectification-reopened");
	}

	private void type(String id, String text) {
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).sendKeys(text);
	}

	private void date(String id, LocalDate day) {
		((org.openqa.selenium.JavascriptExecutor) this.browser)
			.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, day.toString());
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
