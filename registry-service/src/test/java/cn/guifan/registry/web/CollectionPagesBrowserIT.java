package cn.guifan.registry.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import cn.guifan.registry.support.Browser;
import cn.guifan.registry.support.RegistryIntegrationTest;
import cn.guifan.registry.support.SampleFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger, statistics and collection pages in a real browser (headless Chromium), as a
 * registrar uses them: filtering and sorting the ledger with its charts, the annual table
 * with its chart, defining a collection in the form and watching it build until its
 * downloads appear; and the public list an anonymous visitor sees. Screenshots go to
 * {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "guifan.security.users[0].name=registrar", "guifan.security.users[0].password={noop}s3cret",
				"guifan.security.users[0].roles=REGISTRAR" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CollectionPagesBrowserIT extends RegistryIntegrationTest {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@Autowired
	SampleFixture samples;

	@LocalServerPort
	int port;

	String base;

	@BeforeAll
	void loadSamples() throws Exception {
		this.samples.load();
		Files.createDirectories(SCREENSHOTS);
		this.base = "http://127.0.0.1:" + this.port;
	}

	void login(ChromeDriver browser) {
		browser.get(this.base + "/login");
		browser.findElement(By.id("username")).sendKeys("registrar");
		browser.findElement(By.id("password")).sendKeys("s3cret");
		// The login form, not the header's search form (which comes first on every page).
		browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until((d) -> !d.getCurrentUrl().contains("/login"));
		assertThat(browser.findElements(By.cssSelector("form[action='/logout']"))).as("logged in").isNotEmpty();
	}

	void screenshot(ChromeDriver browser, String name) throws Exception {
		Path file = SCREENSHOTS.resolve(name);
		Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
		assertThat(Files.size(file)).as(name).isGreaterThan(10_000);
	}

	@Test
	void aRegistrarFiltersAndSortsTheLedgerAndReadsItsCharts() throws Exception {
		ChromeDriver browser = Browser.start(1400, 1000, true);
		try {
			login(browser);
			browser.get(this.base + "/registrar/ledger");
			List<WebElement> rows = browser.findElements(By.cssSelector("#ledger-table tbody tr"));
			assertThat(rows).hasSizeGreaterThan(10);
			assertThat(browser.findElements(By.cssSelector("#ledger-charts section"))).hasSize(4);
			assertThat(browser.findElements(By.cssSelector("#ledger-charts .bar"))).isNotEmpty()
				.allSatisfy((bar) -> assertThat(bar.getSize().getWidth()).isPositive());
			// Each bar's length comes from its count (a <meter>, not an inline width that
			// the Content-Security-Policy drops): the longest bar of a chart is full.
			for (WebElement chart : browser.findElements(By.cssSelector("#ledger-charts section"))) {
				List<WebElement> bars = chart.findElements(By.cssSelector("meter.bar"));
				assertThat(bars).isNotEmpty()
					.allSatisfy((bar) -> assertThat(Double.parseDouble(bar.getAttribute("value"))).isPositive()
						.isLessThanOrEqualTo(Double.parseDouble(bar.getAttribute("max"))));
				assertThat(bars)
					.anySatisfy((bar) -> assertThat(bar.getAttribute("value")).isEqualTo(bar.getAttribute("max")));
			}
			assertThat(browser.findElement(By.id("ledger-summary")).getText()).contains("工作文件不列入台账");
			screenshot(browser, "ledger.png");

			new Select(browser.findElement(By.name("status"))).selectByVisibleText("已废止");
			browser.findElement(By.cssSelector("#ledger-filters button[type=submit]")).click();
			new WebDriverWait(browser, Duration.ofSeconds(20))
				.until((d) -> d.getCurrentUrl().contains("status=REPEALED"));
			List<WebElement> repealed = browser.findElements(By.cssSelector("#ledger-table tbody tr"));
			assertThat(repealed).isNotEmpty()
				.allSatisfy((r) -> assertThat(r.findElements(By.tagName("td")).get(9).getText()).isEqualTo("已废止"));
			assertThat(browser.findElement(By.id("export-xlsx")).getAttribute("href")).contains("status=REPEALED");

			browser.get(this.base + "/registrar/ledger?sort=title&dir=asc");
			List<String> titles = browser.findElements(By.cssSelector("#ledger-table tbody tr td:nth-child(2)"))
				.stream()
				.map(WebElement::getText)
				.toList();
			assertThat(titles).hasSizeGreaterThan(10);
			assertThat(browser.findElement(By.cssSelector("#ledger-table thead")).getText()).contains("文件名称 ▲");

			browser.get(this.base + "/registrar/statistics?year=2024&issuer="
					+ java.net.URLEncoder.encode("青禾县人民政府", java.nio.charset.StandardCharsets.UTF_8));
			assertThat(browser.findElement(By.id("annual-table")).getText()).contains("行政规范性文件").contains("✓");
			assertThat(browser.findElements(By.cssSelector("#statistics-chart svg rect"))).isNotEmpty();
			screenshot(browser, "statistics.png");
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void aRegistrarDefinesACollectionAndWatchesItBuildAndTheCollectionIsListedForEveryone() throws Exception {
		ChromeDriver browser = Browser.start(1280, 1000, true);
		try {
			login(browser);
			browser.get(this.base + "/collections");
			browser.findElement(By.name("title")).sendKeys("青禾县现行有效规范性文件汇编（浏览器）");
			((JavascriptExecutor) browser)
				.executeScript("document.querySelector('input[name=asOf]').value='2025-01-01'");
			browser.findElement(By.name("issuers")).sendKeys("青禾县");
			new Select(browser.findElement(By.name("groupBy"))).selectByValue("ISSUER");
			browser.findElement(By.cssSelector("#collection-form button[type=submit]")).click();
			new WebDriverWait(browser, Duration.ofSeconds(20))
				.until((d) -> d.getCurrentUrl().matches(".*/collections/\\d+$"));
			String page = browser.getCurrentUrl();
			new WebDriverWait(browser, Duration.ofSeconds(240)).pollingEvery(Duration.ofSeconds(1))
				.until((d) -> !d.findElements(By.id("downloads")).isEmpty());
			assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("已完成");
			List<String> parts = browser.findElements(By.cssSelector("#contents h3"))
				.stream()
				.map(WebElement::getText)
				.toList();
			assertThat(parts).isNotEmpty().allMatch((p) -> p.matches("[一二三四五六七八九十]+、青禾县.*（\\d+件）"));
			assertThat(browser.findElement(By.id("downloads")).getText()).contains("PDF").contains("Word");
			screenshot(browser, "collection.png");

			ChromeDriver anonymous = Browser.start(1280, 900, false);
			try {
				anonymous.get(this.base + "/collections");
				assertThat(anonymous.findElement(By.id("collections")).getText()).contains("青禾县现行有效规范性文件汇编（浏览器）");
				assertThat(anonymous.findElements(By.id("collection-form"))).isEmpty();
				anonymous.get(page);
				assertThat(anonymous.findElement(By.id("downloads")).getText()).contains("PDF");
				assertThat(anonymous.findElements(By.cssSelector("form[action$='/rebuild']"))).isEmpty();
			}
			finally {
				anonymous.quit();
			}
		}
		finally {
			browser.quit();
		}
	}

}
