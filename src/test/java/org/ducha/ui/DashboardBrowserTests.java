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
import org.ducha.intake.ProblemType;
import org.ducha.intake.ScreeningDecision;
import org.ducha.stats.Bulletins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A team leader opens the dashboard: the bulletin sentence, the charts drawn by ECharts
 * (rectification and repeat sites included), a chart exported as Excel, and the county
 * filter.
 */
@IntegrationTest
class DashboardBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	CampaignRegistry campaigns;

	@Autowired
	OfficerAccounts accounts;

	@Autowired
	ComplaintIntake intake;

	@Autowired
	Bulletins bulletins;

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
	void drawsTheChartsAndFiltersByCounty() throws Exception {
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		CurrentOfficer team = new CurrentOfficer(Fixtures.OFFICER, Fixtures.OFFICER, Set.of(Role.TEAM_OFFICER),
				Jurisdiction.everywhere());
		for (String region : List.of("141002", "141002", "141021")) {
			UUID id = this.intake
				.register(campaign.id(),
						new ComplaintRegistration(OffsetDateTime.parse("2016-11-30T10:00:00+08:00"), Channel.PHONE,
								null, null, null, null, "工厂夜间排放废气，气味刺鼻。", List.of(ProblemType.AIR), null, null, null,
								region, null),
						Fixtures.CLERK, null)
				.complaint()
				.id();
			this.intake.screen(id, ScreeningDecision.ACCEPT, null, null, team);
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.bulletins.of(campaign.id(), null, null, null, java.util.Locale.CHINA).accepted() == 3);

		this.browser.get("http://localhost:" + this.port + "/login");
		this.browser.findElement(By.id("username")).sendKeys(Fixtures.LEADER);
		this.browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		this.browser.findElement(By.id("sign-in")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));

		this.browser.get("http://localhost:" + this.port + "/campaigns/" + campaign.id() + "/dashboard");
		this.wait.until(ExpectedConditions.attributeToBe(By.id("chart-funnel"), "data-rendered", "true"));
		this.wait.until(ExpectedConditions.attributeToBe(By.id("chart-counties"), "data-rendered", "true"));
		assertThat(this.browser.findElement(By.id("chart-counties")).findElements(By.tagName("canvas"))).isNotEmpty();
		assertThat(this.browser.findElement(By.id("dashboard-bulletin")).getText()).contains("累计受理群众信访举报3件");
		assertThat(this.browser.getPageSource()).contains("尧都区", "来电");
		this.wait.until(ExpectedConditions.attributeToBe(By.id("map-counties"), "data-rendered", "true"));
		assertThat(this.browser.findElement(By.id("map-counties")).getAttribute("data-counties"))
			.as("临汾's 17 counties on the map")
			.isEqualTo("17");
		assertThat(this.browser.findElement(By.id("map-counties")).findElements(By.tagName("canvas"))).isNotEmpty();
		this.wait.until(ExpectedConditions.attributeToBe(By.id("chart-taskColours"), "data-rendered", "true"));
		this.wait.until(ExpectedConditions.attributeToBe(By.id("chart-hotSpots"), "data-rendered", "true"));
		BrowserSupport.screenshot(this.browser, "dashboard");
		((org.openqa.selenium.JavascriptExecutor) this.browser)
			.executeScript("document.getElementById('map-counties').scrollIntoView();");
		BrowserSupport.screenshot(this.browser, "dashboard-county-map");
		String export = this.browser.findElement(By.id("export-counties")).getAttribute("href");
		Object downloaded = ((org.openqa.selenium.JavascriptExecutor) this.browser)
			.executeAsyncScript("var done = arguments[arguments.length - 1];"
					+ "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
					+ " return r.arrayBuffer().then(function (b) { done(r.status + ' ' + r.headers.get('content-type') + ' ' + b.byteLength); });"
					+ "});", export);
		assertThat(String.valueOf(downloaded))
			.startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

		this.browser.findElement(By.name("regionCode")).sendKeys("141021");
		this.browser.findElement(By.cssSelector("form.filters button")).click();
		this.wait
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard-bulletin"), "累计受理群众信访举报1件"));
	}

}
