package cn.guifan.ingest.metadata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site's chrome is looked for only on the lines that hold one of its marks, and that
 * finds what the pattern finds over the whole text: on every tune page of the wild set
 * (site pages, with and without chrome), on corpus laws, and on made-up lines.
 */
class ReadingTextChromeTest {

	/** The definition: the pattern over the whole text, each match read as spaces. */
	private static String defined(String text) {
		Matcher m = ReadingText.CHROME.matcher(text);
		StringBuilder out = new StringBuilder(text);
		while (m.find()) {
			for (int i = m.start(); i < m.end(); i++) {
				if (out.charAt(i) != '\n') {
					out.setCharAt(i, ' ');
				}
			}
		}
		return out.toString();
	}

	@Test
	void madeUpChromeIsBlankedAsThePatternSays() {
		String page = """
				字号：大 中 小
				【打印本页】【关闭窗口】
				某县人民政府关于加强大气污染防治的通知
				[打印] [关闭]
				分享到：
				主办单位：某县人民政府办公室 技术支持：某公司
				备案号：某ICP备12345678号 某公网安备 网站标识码1234
				本通知自印发之日起施行。[2011]3号文件同时废止。""";
		String read = ReadingText.withoutChrome(page);
		assertThat(read).isEqualTo(defined(page));
		assertThat(read).contains("某县人民政府关于加强大气污染防治的通知", "[2011]3号文件同时废止")
			.doesNotContain("关闭窗口", "分享到", "技术支持", "ICP备");
		assertThat(read).hasSameSizeAs(page);
		// Without any mark the text is returned as it is.
		String plain = "第一条 为了扩大开放，制定本办法。\n第二条 本办法自公布之日起施行。";
		assertThat(ReadingText.withoutChrome(plain)).isSameAs(plain);
	}

	@Test
	void realPagesAndLawsReadAsThePatternOverTheWholeText() throws IOException {
		List<Path> texts = new ArrayList<>();
		try (Stream<Path> pages = Files.list(Path.of("src/test/resources/cn/guifan/ingest/bench/wild/tune"))) {
			pages.filter((p) -> p.toString().endsWith(".txt")).sorted().forEach(texts::add);
		}
		assertThat(texts).hasSizeGreaterThan(300);
		Path laws = laws();
		try (Stream<Path> files = Files.walk(laws)) {
			List<Path> all = files.filter((p) -> p.toString().endsWith(".md")).sorted().toList();
			for (int i = 0; i < all.size(); i += 29) {
				texts.add(all.get(i));
			}
		}
		int changed = 0;
		for (Path file : texts) {
			String text = Files.readString(file);
			String read = ReadingText.withoutChrome(text);
			assertThat(read).as(file.toString()).isEqualTo(defined(text));
			if (!read.equals(text)) {
				changed++;
			}
		}
		assertThat(changed).as("pages whose chrome was blanked").isPositive();
	}

	private static Path laws() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared").resolve("corpus").resolve("laws");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("the test corpus is missing: put it in ../shared/corpus");
	}

}
