package org.ducha.ui;

import java.time.Duration;

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
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of the public, on a phone-sized screen and without signing in, files a
 * complaint online, keeps the receipt number and query code, and tracks it; a wrong code
 * is told no more than an unknown number.
 */
@IntegrationTest
class PortalJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	CampaignRegistry campaigns;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void openBrowser() throws Exception {
		this.browser = BrowserSupport.start();
		this.browser.manage().window().setSize(new org.openqa.selenium.Dimension(420, 900));
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void filesOnlineThenTracksWithReceiptAndCode() throws Exception {
		CampaignDetails campaign = Fixtures.currentCampaign(this.campaigns);
		this.browser.get("http://localhost:" + this.port + "/public/campaigns/" + campaign.id());
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("go-complain"))).click();

		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("public-form")));
		this.browser.findElement(By.id("location")).sendKeys("尧都区汾河东岸");
		this.browser.findElement(By.id("description")).sendKeys("河道边每晚有货车倾倒废渣，气味刺鼻。");
		this.browser.findElement(By.cssSelector("input[name=problemTypes][value=SOLID_WASTE]")).click();
		this.browser.findElement(By.id("public-anonymous")).click();
		BrowserSupport.screenshot(this.browser, "portal-form");
		this.browser.findElement(By.id("public-submit")).click();

		String receipt = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("public-receipt")))
			.getText();
		String code = this.browser.findElement(By.id("public-code")).getText();
		assertThat(receipt).startsWith("W9");
		assertThat(code).hasSize(10);
		BrowserSupport.screenshot(this.browser, "portal-receipt");

		this.browser.get("http://localhost:" + this.port + "/public/track");
		this.browser.findElement(By.id("track-receipt")).sendKeys(receipt);
		this.browser.findElement(By.id("track-code")).sendKeys("WRONG23456");
		this.browser.findElement(By.id("track-submit")).click();
		String refusal = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("track-unknown")))
			.getText();

		this.browser.findElement(By.id("track-receipt")).clear();
		this.browser.findElement(By.id("track-receipt")).sendKeys("W9ZZZZ201601010001");
		this.browser.findElement(By.id("track-code")).sendKeys("WRONG23456");
		this.browser.findElement(By.id("track-submit")).click();
		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("track-unknown"))).getText())
			.isEqualTo(refusal);

		this.browser.findElement(By.id("track-receipt")).clear();
		this.browser.findElement(By.id("track-receipt")).sendKeys(receipt);
		this.browser.findElement(By.id("track-code")).sendKeys(code);
		this.browser.findElement(By.id("track-submit")).click();
		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("track-stage"))).getText())
			.isEqualTo("已收到，正在甄别");
		BrowserSupport.screenshot(this.browser, "portal-tracking");
	}

	@Test
	void showsThePublishedTablePageWithoutSignIn() {
		CampaignDetails campaign = Fixtures.currentCampaign(this.campaigns);
		this.browser.get("http://localhost:" + this.port + "/public/campaigns/" + campaign.id());
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("figures")));
		assertThat(this.browser.getPageSource()).contains("公开情况一览表", campaign.hotlinePhone());
		assertThat(this.browser.findElements(By.id("signed-in-as"))).isEmpty();
	}

}
