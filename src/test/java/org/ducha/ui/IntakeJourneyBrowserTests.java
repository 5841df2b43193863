package org.ducha.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.ducha.Fixtures;
import org.ducha.IntegrationTest;
import org.ducha.accounts.OfficerAccounts;
import org.ducha.campaigns.CampaignDetails;
import org.ducha.campaigns.CampaignRegistry;
import org.ducha.intake.AttachmentTestImages;
import org.ducha.intake.Channel;
import org.ducha.intake.ComplainantDetails;
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ProblemType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An intake clerk, in a real browser, registers a phone complaint through the form (after
 * being told what is missing), gets its receipt number, and finds it in the complaint
 * list; and attaches a photo on a complaint's page and sees its thumbnail.
 */
@IntegrationTest
class IntakeJourneyBrowserTests {

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
	void clerkRegistersAComplaintAndFindsItInTheList() throws Exception {
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		signIn(Fixtures.CLERK);

		open("/campaigns/" + campaign.id() + "/complaints/new");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("complaint-form")));
		setValue("receivedAt", "2016-11-25T10:15");
		this.browser.findElement(By.id("reportedObjectName")).sendKeys("屯里镇东村砖厂");
		this.browser.findElement(By.id("location")).sendKeys("临汾市尧都区屯里镇东村北");
		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("routing-code"))).getText())
			.as("the routing preview (htmx, under the content security policy) reads the county while typing")
			.isEqualTo("141002");
		this.browser.findElement(By.id("regionCode")).sendKeys("141002");
		this.browser.findElement(By.id("complainantName")).sendKeys("王浏览器");
		this.browser.findElement(By.id("complainantPhone")).sendKeys("13800000002");
		BrowserSupport.screenshot(this.browser, "intake-form");
		this.browser.findElement(By.id("register")).click();

		WebElement error = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fielderror")));
		assertThat(this.browser.findElements(By.cssSelector(".fielderror"))).extracting(WebElement::getText)
			.contains("必填。", "请至少选择一个问题类型。");
		assertThat(error.isDisplayed()).isTrue();
		BrowserSupport.screenshot(this.browser, "intake-form-errors");

		this.browser.findElement(By.id("description")).sendKeys("砖厂夜间冒黑烟，周边村民晾晒的衣物被熏黑，已持续两个月。");
		this.browser.findElement(By.cssSelector("#problem-types input[value='AIR']")).click();
		this.browser.findElement(By.id("register")).click();

		String receiptNumber = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-number")))
			.getText();
		assertThat(receiptNumber).matches("D9" + campaign.receiptNumberScheme().unitLetters() + "20161125\\d{4}");
		assertThat(this.browser.findElement(By.id("registered-notice")).getText()).contains(receiptNumber);
		assertThat(this.browser.findElement(By.id("complaint-status")).getText()).isEqualTo("已收到");
		assertThat(this.browser.findElement(By.id("timeline")).getText()).contains("登记", Fixtures.CLERK);
		assertThat(this.browser.getPageSource()).doesNotContain("13800000002");
		BrowserSupport.screenshot(this.browser, "complaint-detail");

		open("/complaints?campaignId=" + campaign.id());
		WebElement table = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("complaints")));
		assertThat(table.findElements(By.cssSelector("a.receipt"))).extracting(WebElement::getText)
			.contains(receiptNumber);
		BrowserSupport.screenshot(this.browser, "complaint-list");

		table.findElement(By.linkText(receiptNumber)).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("receipt-number"), receiptNumber));
	}

	@Test
	void theClerkAttachesAPhotoAndSeesItsThumbnail() throws Exception {
		CampaignDetails campaign = Fixtures.linfenCampaign(this.campaigns);
		UUID complaint = this.intake
			.register(campaign.id(),
					new ComplaintRegistration(OffsetDateTime.parse("2016-11-29T09:30:00+08:00"), Channel.LETTER, null,
							null, null, "尧都区屯里镇", "砖厂夜间冒黑烟，周边村民晾晒的衣物被熏黑。", List.of(ProblemType.AIR), null, null, null,
							"141002", new ComplainantDetails("钱来信", "13600001234", null, false, true)),
					Fixtures.CLERK, null)
			.complaint()
			.id();
		Path photo = Files.createTempFile("ducha-photo", ".jpg");
		Files.write(photo, AttachmentTestImages.jpegWithGps());

		signIn(Fixtures.CLERK);
		open("/complaints/" + complaint);
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attachment-file")))
			.sendKeys(photo.toAbsolutePath().toString());
		this.browser.findElement(By.id("attach")).click();
		WebElement thumbnail = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#attachment-panel img.thumbnail")));
		this.wait.until((driver) -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", thumbnail)));
		assertThat(thumbnail.getDomProperty("naturalWidth")).isEqualTo("240");
		assertThat(this.browser.findElement(By.id("attachment-panel")).getText())
			.contains(photo.getFileName().toString());
		BrowserSupport.screenshot(this.browser, "complaint-attachments");
	}

	private void signIn(String username) {
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		this.browser.findElement(By.id("sign-in")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private void setValue(String id, String value) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = arguments[1];",
				this.browser.findElement(By.id(id)), value);
	}

}
