package cn.guifan.registry.feed;

import java.time.Instant;
import java.util.List;

import cn.guifan.registry.support.AtomValidator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AtomFeedTest {

	private static AtomFeed.Entry entry(String id) {
		return new AtomFeed.Entry(id, "废止：《青禾县城区占道经营管理暂行办法》", Instant.parse("2026-11-22T02:10:04.123456Z"),
				"2022-02-10 废止，自 2022-03-01 起生效；依据：《青禾县城区占道经营管理办法》",
				List.of(new AtomFeed.Link("alternate", "http://localhost:8080/documents/3", "text/html")),
				List.of(new AtomFeed.Category("REPEALED", "https://guifan.cn/schemas/change", "废止")));
	}

	private static AtomFeed feed(List<AtomFeed.Entry> entries) {
		return new AtomFeed("urn:uuid:3f1c9e10-8a4b-3c55-9d2e-0c5d1f2a6b7e", "规章和行政规范性文件库：文件变更",
				"数据更新至 2026-11-22 10:15", Instant.parse("2026-11-22T02:10:04Z"), ChangeFeeds.AUTHOR,
				List.of(new AtomFeed.Link("self", "http://localhost:8080/feeds/changes.atom", AtomFeed.MEDIA_TYPE),
						new AtomFeed.Link("next", "http://localhost:8080/feeds/changes.atom?before=1-2-3",
								AtomFeed.MEDIA_TYPE)),
				entries);
	}

	@Test
	void aFeedWithEntriesIsValidAtom() {
		String xml = feed(List.of(entry("urn:uuid:0e9b8f2a-1c3d-3e4f-8a5b-6c7d8e9f0a1b"))).toXml();
		assertThat(AtomValidator.problems(xml)).isEmpty();
		assertThat(xml).contains("<updated>2026-11-22T02:10:04Z</updated>").contains("rel=\"next\"");
	}

	@Test
	void theValidatorFindsWhatIsWrong() {
		String twice = feed(List.of(entry("urn:uuid:0e9b8f2a-1c3d-3e4f-8a5b-6c7d8e9f0a1b"),
				entry("urn:uuid:0e9b8f2a-1c3d-3e4f-8a5b-6c7d8e9f0a1b")))
			.toXml();
		assertThat(AtomValidator.problems(twice)).anyMatch((p) -> p.contains("id used twice"));
		String relative = feed(List.of(entry("document/3"))).toXml();
		assertThat(AtomValidator.problems(relative)).anyMatch((p) -> p.contains("absolute IRI"));
		assertThat(AtomValidator.problems("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>"))
			.isNotEmpty();
	}

	@Test
	void controlCharactersFromADamagedFileDoNotBreakTheXml() {
		AtomFeed.Entry damaged = new AtomFeed.Entry("urn:uuid:0e9b8f2a-1c3d-3e4f-8a5b-6c7d8e9f0a1b", "新增文件：《坏\u0001标题》",
				Instant.parse("2026-11-22T02:10:04Z"), "摘要\u0000",
				List.of(new AtomFeed.Link("alternate", "http://localhost:8080/documents/3", "text/html")), List.of());
		assertThat(AtomValidator.problems(feed(List.of(damaged)).toXml())).isEmpty();
	}

	@Test
	void aCursorReadsBackWhatItWrites() {
		Cursor cursor = new Cursor(Instant.parse("2026-11-22T02:10:04.123456Z"), 2, 41);
		assertThat(Cursor.parse("before", cursor.encode())).isEqualTo(cursor);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Cursor.parse("before", "yesterday"))
			.hasMessageContaining("翻页位置“yesterday”无效");
	}

}
