package cn.guifan.registry.campaign;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.guifan.registry.support.Browser;
import cn.guifan.registry.support.RegistryIntegrationTest;
import cn.guifan.registry.support.SampleFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The campaign pages in headless Chromium: the bureau previews a scope and starts the
 * campaign; a department opens its task page, sees the flags and proposes, uploads a
 * spreadsheet and confirms its preview; the bureau returns a proposal with a comment, the
 * department proposes again, and the bureau approves on the campaign page. Screenshots
 * land in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "guifan.security.users[0].name=registrar", "guifan.security.users[0].password={noop}s3cret",
				"guifan.security.users[0].roles=REGISTRAR", "guifan.security.users[1].name=zfb",
				"guifan.security.users[1].password={noop}zfb-pw", "guifan.security.users[1].roles=DEPARTMENT",
				"guifan.security.users[1].organization=青禾县人民政府办公室" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignPagesBrowserIT extends RegistryIntegrationTest {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@Autowired
	SampleFixture samples;

	@LocalServerPort
	int port;

	String base;

	CampaignClient api;

	@BeforeAll
	void setUp() throws Exception {
		this.samples.load();
		Files.createDirectories(SCREENSHOTS);
		this.base = "http://127.0.0.1:" + this.port;
		this.api = new CampaignClient(this.port, "registrar", "s3cret");
	}

	@Test
	void aDepartmentProposesOnItsTaskPageAndTheBureauReviewsOnItsOwn() throws Exception {
		ChromeDriver bureau = Browser.start(1280, 1000, true);
		ChromeDriver office = Browser.start(1280, 1000, true);
		try {
			// The bureau sets the scope, previews it and starts the campaign.
			login(bureau, "registrar", "s3cret");
			bureau.get(this.base + "/campaigns/new");
			bureau.findElement(By.id("name")).sendKeys("县政府办公室文件专项清理");
			bureau.findElement(By.cssSelector("#kind option[value=SPECIAL]")).click();
			setDate(bureau, "deadline", LocalDate.now().plusDays(20));
			bureau.findElement(By.id("issuers")).sendKeys("青禾县人民政府办公室");
			bureau.findElement(By.cssSelector("input[name=kinds][value=NORMATIVE_DOCUMENT]")).click();
			setDate(bureau, "inForceOn", LocalDate.now());
			bureau.findElement(By.id("keywords")).sendKeys("证明");
			bureau.findElement(By.id("preview-button")).click();
			await(bureau, By.id("preview-heading"));
			assertThat(bureau.findElement(By.id("preview-heading")).getText()).contains("件文件");
			assertThat(bureau.findElements(By.cssSelector("table.preview tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
			assertThat(bureau.findElement(By.cssSelector("table.preview")).getText()).contains("有效期将届满")
				.contains("青政办规〔2023〕1号");
			shot(bureau, "campaign-preview.png");
			bureau.findElement(By.id("create-button")).click();
			await(bureau, By.id("start"));
			assertThat(bureau.findElement(By.cssSelector(".notice")).getText()).contains("已创建");
			String campaignUrl = bureau.getCurrentUrl();
			long campaignId = Long.parseLong(campaignUrl.substring(campaignUrl.lastIndexOf('/') + 1));
			bureau.findElement(By.id("start")).click();
			await(bureau, By.id("to-review"));

			// The department's task list and task page.
			login(office, "zfb", "zfb-pw");
			office.get(this.base + "/campaigns");
			office.findElement(By.linkText("县政府办公室文件专项清理")).click();
			await(office, By.id("items-heading"));
			assertThat(office.findElement(By.id("items-heading")).getText()).isEqualTo("需要我部门提出意见的文件");
			assertThat(office.findElements(By.cssSelector("#bulk-review input[type=checkbox]")))
				.as("no review for departments")
				.isEmpty();
			long housing = documentId("青政办规〔2023〕1号");
			office.findElement(By.cssSelector("tr[data-document='" + housing + "'] a.task-link")).click();
			await(office, By.id("proposal-form"));
			assertThat(office.findElement(By.cssSelector("ul.flags")).getText()).contains("有效期至2026年12月31日");
			office.findElement(By.cssSelector("#proposal-form input[name=decision][value=REPEAL]")).click();
			office.findElement(By.id("grounds")).sendKeys("适用期已过");
			office.findElement(By.id("propose")).click();
			await(office, By.id("current-opinion"));
			assertThat(office.findElement(By.cssSelector(".notice")).getText()).contains("拟废止");
			assertThat(office.findElement(By.id("item-state")).getText()).isEqualTo("待审核");
			shot(office, "campaign-task.png");

			// The department fills in its spreadsheet and uploads it through the page.
			long vending = documentId("青政办规〔2022〕2号");
			byte[] sheet = new CampaignClient(this.port, "zfb", "zfb-pw")
				.getBytes("/api/v1/campaigns/" + campaignId + "/items.xlsx")
				.body();
			Path filled = Files.createTempFile(Path.of("target").toAbsolutePath(), "sheet-", ".xlsx");
			Files.write(filled, CampaignApiIT.fill(sheet, vending, "拟保留", "符合现行规定，继续有效", ""));
			office.get(this.base + "/campaigns/" + campaignId);
			office.findElement(By.id("file")).sendKeys(filled.toString());
			office.findElement(By.id("upload-sheet")).click();
			await(office, By.id("upload-summary"));
			assertThat(office.findElement(By.id("upload-summary")).getText()).contains("将更新 1 行");
			shot(office, "campaign-upload-preview.png");
			office.findElement(By.id("confirm-upload")).click();
			await(office, By.id("items-heading"));
			assertThat(office.findElement(By.cssSelector(".notice")).getText()).contains("1 件");

			// The bureau returns one proposal with a comment on the item's page.
			bureau.get(this.base + "/campaigns/" + campaignId + "/items/" + housing);
			await(bureau, By.id("review-form"));
			bureau.findElement(By.id("review-comment-input")).sendKeys("请写明适用期届满的时间");
			bureau.findElement(By.id("return")).click();
			await(bureau, By.id("review-comment"));
			assertThat(bureau.findElement(By.id("item-state")).getText()).isEqualTo("已退回");

			// The department sees why and proposes again.
			office.get(this.base + "/campaigns/" + campaignId + "/items/" + housing);
			await(office, By.id("review-comment"));
			assertThat(office.findElement(By.id("review-comment")).getText()).contains("请写明适用期届满的时间");
			WebElement grounds = office.findElement(By.id("grounds"));
			grounds.clear();
			grounds.sendKeys("适用期已过：措施适用于2023年至2026年");
			office.findElement(By.id("propose")).click();
			// The returned item's page already shows its opinion: wait for the new state,
			// not for an element the page had before the proposal was sent.
			awaitText(office, By.id("item-state"), "待审核");
			assertThat(office.findElement(By.id("current-opinion")).getText()).contains("适用期已过");

			// The bureau approves both on the campaign page, in bulk.
			bureau.get(this.base + "/campaigns/" + campaignId + "?state=PROPOSED");
			await(bureau, By.id("progress"));
			List<WebElement> boxes = bureau.findElements(By.cssSelector("#bulk-review input[type=checkbox]:enabled"));
			assertThat(boxes).hasSize(2);
			for (WebElement box : boxes) {
				// The bulk bar sticks to the bottom of the window; bring each box above
				// it, as a user scrolls.
				bureau.executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
				box.click();
			}
			bureau.findElement(By.id("bulk-comment")).sendKeys("同意");
			bureau.findElement(By.id("approve-selected")).click();
			await(bureau, By.id("progress"));
			assertThat(bureau.findElement(By.cssSelector(".notice")).getText()).contains("已审核通过 2 件");
			assertThat(bureau.findElement(By.cssSelector("#progress tfoot")).getText()).contains("2");
			shot(bureau, "campaign-review.png");
			JsonNode approved = this.api.ok(this.api.get("/api/v1/campaigns/" + campaignId + "/items?state=APPROVED"));
			assertThat(approved).extracting((i) -> i.get("documentId").asLong())
				.containsExactlyInAnyOrder(housing, vending);
		}
		finally {
			bureau.quit();
			office.quit();
		}
	}

	private void login(ChromeDriver browser, String user, String password) {
		browser.get(this.base + "/login");
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form.login button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until((d) -> !d.getCurrentUrl().contains("/login"));
	}

	private static void setDate(ChromeDriver browser, String id, LocalDate date) {
		browser.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, date.toString());
	}

	private static void await(ChromeDriver browser, By element) {
		new WebDriverWait(browser, Duration.ofSeconds(30)).until((d) -> !d.findElements(element).isEmpty());
	}

	/** Waits until the element shows this text, across the page being replaced. */
	private static void awaitText(ChromeDriver browser, By element, String text) {
		new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
			.until((d) -> d.findElements(element).stream().anyMatch((e) -> e.getText().equals(text)));
	}

	private long documentId(String number) {
		return this.api
			.ok(this.api.get("/api/v1/validity?ref="
					+ java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8)))
			.get("matches")
			.get(0)
			.get("id")
			.asLong();
	}

	private static void shot(ChromeDriver browser, String name) throws Exception {
		Path file = SCREENSHOTS.resolve(name);
		Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
		assertThat(javax.imageio.ImageIO.read(file.toFile())).as(name + " is an image").isNotNull();
	}

}
