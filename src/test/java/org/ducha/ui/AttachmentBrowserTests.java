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
import org.ducha.intake.Channel;
import org.ducha.intake.ComplainantDetails;
import org.ducha.intake.ComplaintIntake;
import org.ducha.intake.ComplaintRegistration;
import org.ducha.intake.ProblemType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clerk attaches a photo on the complaint page in a real browser (htmx panel,
 * multipart form with its CSRF token) and sees its thumbnail.
 */
@IntegrationTest
class AttachmentBrowserTests {

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
		Files.write(photo, org.ducha.intake.AttachmentTestImages.jpegWithGps());

		open("/login");
		this.browser.findElement(By.id("username")).sendKeys(Fixtures.CLERK);
		this.browser.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		this.browser.findElement(By.id("sign-in")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-in-as")));
		open("/complaints/" + complaint);
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attachment-file")))
			.sendKeys(photo.toAbsolutePath().toString());
		this.browser.findElement(By.id("attach")).click();
		WebElement thumbnail = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#attachment-panel img.thumbnail")));
		this.wait.until((driver) -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", thumbnail)));
		assertThat(thumbnail.getDomProperty("naturalWidth")).isEqualTo("240");
		assertThat(this.browser.findElement(By.id("attachment-panel")).getText())
			.contains(photo.getFileName().toString());
		BrowserSupport.screenshot(this.browser, "complaint-attachments");
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
