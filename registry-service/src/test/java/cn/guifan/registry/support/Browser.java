package cn.guifan.registry.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium for browser tests: Debian's {@code chromium} and
 * {@code chromium-driver} packages, which {@code scripts/install-test-deps} installs; a
 * test fails, naming them, when they are missing. Started the way CI needs it: as root
 * without the sandbox, headless without a GPU, with a fresh profile under
 * {@code target/}, and with nothing that would reach for the network.
 */
public final class Browser {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private Browser() {
	}

	/**
	 * A browser that shows pages as a phone of the given size does (a desktop window
	 * cannot be made that narrow): Chromium's device emulation, pixel ratio 1 so that
	 * screenshots are the viewport's size.
	 */
	public static ChromeDriver phone(int width, int height) {
		Map<String, Object> metrics = new HashMap<>();
		metrics.put("width", width);
		metrics.put("height", height);
		metrics.put("pixelRatio", 1.0);
		metrics.put("mobile", true);
		metrics.put("touch", true);
		ChromeOptions options = options(800, 900, true);
		options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", metrics));
		return start(options);
	}

	/**
	 * A new browser with a viewport of the given size.
	 * @param javascript whether pages may run scripts
	 */
	public static ChromeDriver start(int width, int height, boolean javascript) {
		return start(options(width, height, javascript));
	}

	private static ChromeOptions options(int width, int height, boolean javascript) {
		Path profile;
		try {
			Path target = Path.of("target").toAbsolutePath();
			Files.createDirectories(target);
			profile = Files.createTempDirectory(target, "chromium-profile-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--user-data-dir=" + profile, "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
				"--force-device-scale-factor=1", "--hide-scrollbars", "--lang=zh-CN",
				"--window-size=" + width + "," + height);
		if (!javascript) {
			Map<String, Object> prefs = new HashMap<>();
			prefs.put("profile.managed_default_content_settings.javascript", 2);
			options.setExperimentalOption("prefs", prefs);
		}
		return options;
	}

	private static ChromeDriver start(ChromeOptions options) {
		ensureInstalled();
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	/**
	 * Fails, naming the Debian packages to install, when the browser or its driver is
	 * missing: a browser test that skips itself would pass a build that tested nothing.
	 */
	private static void ensureInstalled() {
		List<String> missing = new ArrayList<>();
		if (!Files.isExecutable(CHROMIUM)) {
			missing.add("chromium (" + CHROMIUM + ")");
		}
		if (!Files.isExecutable(CHROMEDRIVER)) {
			missing.add("chromium-driver (" + CHROMEDRIVER + ")");
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException("The browser tests need the Debian packages chromium and chromium-driver; "
					+ "missing: " + String.join(", ", missing)
					+ ". Install them with scripts/install-test-deps chromium chromium-driver (as root).");
		}
	}

}
