package cn.guifan.registry.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page is served with {@link SecurityConfiguration#CONTENT_SECURITY_POLICY}, which
 * allows styles and scripts from the registry's own files only: a browser ignores an
 * inline {@code style} attribute, a {@code <style>} or inline {@code <script>} element
 * and an {@code on…} handler. A template that relies on one renders wrong without an
 * error anywhere (a progress bar with no width, a chart with no bars), so none may use
 * them.
 */
class TemplatesObeyContentSecurityPolicyTest {

	private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");

	private static final Pattern BLOCKED = Pattern.compile(
			"\\s(?:th:)?style\\s*=|<style[\\s>]|<script(?![^>]*\\ssrc=)(?![^>]*th:src=)[^>]*>|\\s(?:th:)?on[a-z]+\\s*=",
			Pattern.CASE_INSENSITIVE);

	@Test
	void thePolicyAllowsNoInlineStylesOrScripts() {
		assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("style-src 'self';")
			.contains("script-src 'self';")
			.doesNotContain("unsafe-inline");
	}

	@Test
	void noTemplateUsesWhatThePolicyBlocks() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).sorted().toList()) {
				List<String> lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					Matcher m = BLOCKED.matcher(lines.get(i));
					if (m.find()) {
						found.add(TEMPLATES.relativize(file) + ":" + (i + 1) + ": " + m.group().strip());
					}
				}
			}
		}
		assertThat(found).as("inline styles, style elements, inline scripts or event handlers").isEmpty();
	}

	@Test
	void theCheckFindsWhatItLooksFor() {
		assertThat(BLOCKED.matcher("<span th:style=\"'width:' + ${p} + '%'\"></span>").find()).isTrue();
		assertThat(BLOCKED.matcher("<div style=\"color:red\">").find()).isTrue();
		assertThat(BLOCKED.matcher("<button onclick=\"go()\">").find()).isTrue();
		assertThat(BLOCKED.matcher("<script>alert(1)</script>").find()).isTrue();
		assertThat(BLOCKED.matcher("<script src=\"/js/search.js\" defer></script>").find()).isFalse();
		assertThat(BLOCKED.matcher("<script th:src=\"@{/js/collection.js}\"></script>").find()).isFalse();
		assertThat(BLOCKED.matcher("<link rel=\"stylesheet\" href=\"/css/guifan.css\">").find()).isFalse();
		assertThat(BLOCKED.matcher("<p class=\"onward\" data-online=\"1\">").find()).isFalse();
	}

}
