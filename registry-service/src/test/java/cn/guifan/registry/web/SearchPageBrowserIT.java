package cn.guifan.registry.web;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import cn.guifan.registry.support.SampleFixture;
import cn.guifan.registry.support.Browser;
import cn.guifan.registry.support.Http;
import cn.guifan.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page in a real browser (headless Chromium): searching, filters and paging on
 * a desktop, one column on a phone, the basic search without JavaScript, the keyboard,
 * and suggestions while typing. Screenshots are saved under {@code target/screenshots}
 * and checked: their size, that they are not blank, and that the status badges' colours
 * are on them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageBrowserIT extends RegistryIntegrationTest {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/**
	 * The badge colours of guifan.css: in force, no longer in force, not yet effective.
	 */
	static final int GREEN = 0x1e6b34;

	static final int RED = 0x8f1d1d;

	static final int AMBER = 0x8a5a00;

	/** The header band of every page. */
	static final int HEADER = 0xa4161a;

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

	@Test
	void searchFiltersAndPagingOnADesktop() throws Exception {
		ChromeDriver browser = Browser.start(1280, 900, true);
		try {
			browser.get(this.base + "/");
			WebElement box = browser.findElement(By.id("q"));
			box.sendKeys("青住建规2024 2号");
			box.sendKeys(Keys.ENTER);
			awaitHits(browser);
			assertThat(titles(browser)).as("the document of the number typed loosely comes first")
				.first()
				.asString()
				.contains("城镇住房保障家庭租赁补贴");
			assertThat(browser.findElement(By.cssSelector(".hit .meta")).getText()).as("its number, as printed")
				.containsPattern("青住建规.2024.2号");

			box = browser.findElement(By.id("q"));
			box.clear();
			box.sendKeys("青禾县");
			browser.findElement(By.cssSelector(".search-form button[type=submit]")).click();
			awaitHits(browser);
			long inForce = total(browser);
			List<String> firstPage = titles(browser);
			assertThat(firstPage).hasSize(10);
			assertThat(badges(browser)).as("only documents in force by default").hasSize(10).containsOnly("现行有效");
			assertThat(statusCount(browser, "in_force")).isEqualTo(inForce);
			shot(browser, "desktop-results.png", Set.of(GREEN));

			browser.findElement(By.cssSelector("nav.pager a[rel=next]")).click();
			awaitHits(browser);
			assertThat(browser.getCurrentUrl()).contains("page=2");
			assertThat(browser.findElement(By.cssSelector("nav.pager")).getText()).contains("第 2 页");
			assertThat(titles(browser)).isNotEmpty().doesNotContainAnyElementsOf(firstPage);

			browser
				.findElement(By.cssSelector("section[aria-labelledby=facet-kind] a[href*='kind=NORMATIVE_DOCUMENT']"))
				.click();
			awaitHits(browser);
			assertThat(browser.getCurrentUrl()).contains("kind=NORMATIVE_DOCUMENT").doesNotContain("page=2");
			long normative = total(browser);
			assertThat(normative).as("the kind filter narrows the count").isPositive().isLessThan(inForce);
			assertThat(statusCount(browser, "in_force")).as("the status count follows the filter").isEqualTo(normative);
			assertThat(browser.findElements(By.cssSelector(".hit .meta span:first-child")))
				.extracting(WebElement::getText)
				.containsOnly("行政规范性文件");
			assertThat(browser.findElements(By.cssSelector(".active-filters a"))).extracting(WebElement::getText)
				.anySatisfy((t) -> assertThat(t).contains("行政规范性文件"));

			browser.findElement(By.linkText("包括已废止、失效和尚未生效的文件")).click();
			awaitHits(browser);
			assertThat(browser.getCurrentUrl()).contains("status=all").contains("kind=NORMATIVE_DOCUMENT");
			long all = total(browser);
			assertThat(all).as("one click adds the documents no longer or not yet in force").isGreaterThan(normative);
			assertThat(statusCount(browser, "expired")).isPositive();
			assertThat(statusCount(browser, "not_yet_effective")).isPositive();
			browser.get(browser.getCurrentUrl() + "&size=30");
			awaitHits(browser);
			assertThat(badges(browser)).hasSize((int) all).contains("现行有效", "失效", "尚未生效");
			shot(browser, "desktop-all-statuses.png", Set.of(GREEN, RED, AMBER));

			long expired = statusCount(browser, "expired");
			browser.findElement(By.cssSelector("#facets-heading ~ section a[href*='status=expired']")).click();
			awaitHits(browser);
			assertThat(total(browser)).isEqualTo(expired);
			assertThat(badges(browser)).hasSize((int) expired).containsOnly("失效");
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void aPhoneGetsOneReadableColumnWithTheStatusOfEveryHit() throws Exception {
		ChromeDriver browser = Browser.phone(390, 844);
		try {
			browser.get(this.base + "/?q=" + Http.encode("占道经营") + "&status=all");
			awaitHits(browser);
			JavascriptExecutor js = browser;
			long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
			long viewport = (Long) js.executeScript("return window.innerWidth");
			assertThat(viewport).as("a phone's width").isEqualTo(390);
			assertThat(scrollWidth).as("no sideways scrolling").isLessThanOrEqualTo(viewport);
			assertThat(titles(browser)).first().asString().contains("占道经营");
			assertThat(badges(browser)).contains("现行有效", "已废止");
			for (WebElement hit : browser.findElements(By.cssSelector(".hit"))) {
				WebElement badge = hit.findElement(By.cssSelector(".status"));
				assertThat(badge.isDisplayed()).isTrue();
				assertThat(badge.getRect().getX() + badge.getRect().getWidth()).as("the badge is within the screen")
					.isLessThanOrEqualTo((int) viewport);
			}
			// the first hits under the header: the one in force and the repealed one
			// after it
			js.executeScript("arguments[0].scrollIntoView({block: 'center'})",
					browser.findElement(By.cssSelector(".hit .status-repealed")));
			shot(browser, "phone-results.png", Set.of(GREEN, RED));
			browser.get(this.base + "/");
			shot(browser, "phone-home.png", Set.of());
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void theBasicSearchWorksWithoutJavaScript() throws Exception {
		ChromeDriver browser = Browser.start(1024, 768, false);
		try {
			browser.get(this.base + "/");
			WebElement box = browser.findElement(By.id("q"));
			box.sendKeys("养老服务补贴");
			Thread.sleep(600);
			assertThat(browser.findElements(By.cssSelector("#title-suggestions option")))
				.as("no script ran: no suggestions")
				.isEmpty();
			browser.findElement(By.cssSelector(".search-form button[type=submit]")).click();
			awaitHits(browser);
			assertThat(titles(browser)).anySatisfy((t) -> assertThat(t).contains("养老"));
			browser.findElement(By.linkText("包括已废止、失效和尚未生效的文件")).click();
			awaitHits(browser);
			assertThat(browser.getCurrentUrl()).contains("status=all");
			shot(browser, "no-javascript.png", Set.of(GREEN));
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void theKeyboardAloneSearchesAndOpensAResult() {
		ChromeDriver browser = Browser.start(1280, 900, true);
		try {
			// The home page puts the cursor in the search box; Enter submits.
			browser.get(this.base + "/");
			assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("q");
			Actions keys = new Actions(browser);
			keys.sendKeys("养老服务补贴").sendKeys(Keys.ENTER).perform();
			awaitHits(browser);
			assertThat(titles(browser)).first().asString().contains("养老服务补贴");

			// On a results page: the skip link first, then the search box, a new query,
			// Enter.
			keys.sendKeys(Keys.TAB).perform();
			assertThat(browser.switchTo().activeElement().getText()).isEqualTo("跳到主要内容");
			keys.sendKeys(Keys.ENTER).perform();
			int tabs = 0;
			while (!"q".equals(browser.switchTo().activeElement().getDomAttribute("id")) && tabs < 10) {
				keys.sendKeys(Keys.TAB).perform();
				tabs++;
			}
			assertThat(tabs).as("Tab presses from the skip link to the search box").isLessThanOrEqualTo(1);
			keys.keyDown(Keys.CONTROL)
				.sendKeys("a")
				.keyUp(Keys.CONTROL)
				.sendKeys("占道经营")
				.sendKeys(Keys.ENTER)
				.perform();
			new WebDriverWait(browser, Duration.ofSeconds(10))
				.until((d) -> d.getCurrentUrl().contains("q=" + Http.encode("占道经营")));
			awaitHits(browser);
			assertThat(titles(browser)).first().asString().contains("占道经营管理办法");

			String reached = null;
			for (int i = 0; i < 60 && reached == null; i++) {
				keys.sendKeys(Keys.TAB).perform();
				String href = browser.switchTo().activeElement().getDomAttribute("href");
				if (href != null && href.startsWith("/documents/")) {
					reached = href;
				}
			}
			assertThat(reached).as("a result is reached with the Tab key").isNotNull();
			String focusOutline = (String) browser
				.executeScript("return getComputedStyle(document.activeElement).outlineStyle");
			assertThat(focusOutline).as("the focused link is outlined").isNotEqualTo("none");
			String opened = reached;
			keys.sendKeys(Keys.ENTER).perform();
			new WebDriverWait(browser, Duration.ofSeconds(10)).until((d) -> d.getCurrentUrl().endsWith(opened));
			assertThat(browser.findElement(By.tagName("h1")).getText()).contains("占道经营");
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void suggestionsAppearWhileTypingAndOnlyForDocumentsInForce() {
		ChromeDriver browser = Browser.start(1280, 900, true);
		try {
			browser.get(this.base + "/");
			browser.findElement(By.id("q")).sendKeys("青禾县城区占道");
			new WebDriverWait(browser, Duration.ofSeconds(10))
				.until((d) -> !d.findElements(By.cssSelector("#title-suggestions option")).isEmpty());
			List<String> suggested = browser.findElements(By.cssSelector("#title-suggestions option"))
				.stream()
				.map((o) -> o.getDomProperty("value"))
				.toList();
			assertThat(suggested).anySatisfy((t) -> assertThat(t).contains("占道经营管理办法"));
			assertThat(suggested).as("the expired 暂行办法 is not suggested")
				.noneSatisfy((t) -> assertThat(t).contains("暂行办法"));
		}
		finally {
			browser.quit();
		}
	}

	private static void awaitHits(WebDriver browser) {
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((d) -> !d.findElements(By.id("result-heading")).isEmpty()
					|| !d.findElements(By.cssSelector(".error")).isEmpty());
		assertThat(browser.findElements(By.cssSelector(".error"))).as("an error on the page").isEmpty();
	}

	private static List<String> titles(WebDriver browser) {
		return browser.findElements(By.cssSelector(".hit h3 a")).stream().map(WebElement::getText).toList();
	}

	private static List<String> badges(WebDriver browser) {
		return browser.findElements(By.cssSelector(".hit .status")).stream().map(WebElement::getText).toList();
	}

	private static long total(WebDriver browser) {
		return Long.parseLong(browser.findElement(By.cssSelector("#result-heading strong")).getText());
	}

	/** The count beside a status in the status facet. */
	private static long statusCount(WebDriver browser, String status) {
		for (WebElement item : browser.findElements(By.cssSelector("section[aria-labelledby=facet-status] li"))) {
			if (!item.findElements(By.cssSelector(".status-dot.status-" + status)).isEmpty()) {
				return Long.parseLong(item.findElement(By.cssSelector(".count")).getText());
			}
		}
		throw new AssertionError("no status facet " + status);
	}

	/**
	 * Saves a screenshot of the viewport under target/screenshots and checks it: a PNG of
	 * the viewport's size, not blank (many colours, and no colour covering nearly all of
	 * it), the site's red header band at the top, and the given badge colours on at least
	 * a few dozen pixels each.
	 */
	private static void shot(ChromeDriver browser, String name, Set<Integer> colours) throws IOException {
		Path file = SCREENSHOTS.resolve(name);
		Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
		BufferedImage image = ImageIO.read(file.toFile());
		assertThat(image).as(name + " is a readable image").isNotNull();
		long width = (Long) browser.executeScript("return window.innerWidth");
		long height = (Long) browser.executeScript("return window.innerHeight");
		assertThat(image.getWidth()).as(name + " width").isEqualTo(width);
		assertThat(image.getHeight()).as(name + " height").isEqualTo(height);
		Map<Integer, Integer> counts = new HashMap<>();
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				counts.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
			}
		}
		int pixels = image.getWidth() * image.getHeight();
		int commonest = counts.values().stream().max(Integer::compare).orElseThrow();
		assertThat(counts.size()).as(name + " has many colours (text, not a blank page)").isGreaterThan(50);
		assertThat(commonest).as(name + " is not one colour").isLessThan(pixels * 95 / 100);
		long scrolled = (Long) browser.executeScript("return Math.round(window.scrollY)");
		if (scrolled == 0) {
			assertThat(image.getRGB(image.getWidth() - 3, 3) & 0xffffff).as(name + " has the red header band")
				.isEqualTo(HEADER);
		}
		for (int colour : colours) {
			assertThat(counts.getOrDefault(colour, 0)).as("%s shows badge colour #%06x", name, colour)
				.isGreaterThan(30);
		}
	}

}
