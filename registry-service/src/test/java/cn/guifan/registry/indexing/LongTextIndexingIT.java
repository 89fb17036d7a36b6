package cn.guifan.registry.indexing;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.guifan.ingest.testing.TestFiles;
import cn.guifan.managed.testing.TestElasticsearch;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.ingest.IngestReport;
import cn.guifan.registry.ingest.IngestService;
import cn.guifan.registry.search.RegistrySearch;
import cn.guifan.registry.support.Http;
import cn.guifan.search.index.IndexEntry;
import cn.guifan.search.index.IndexSourceBuilder;
import cn.guifan.search.query.DocumentQuery;
import cn.guifan.search.query.StatusFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Texts longer than the index holds: the registry keeps them whole, the indexer reads
 * only the start the index holds (whatever the stored length), and its batches are
 * bounded by characters (a budget of one such text here: each goes alone). On H2 the long
 * columns are CLOBs, whose values over a megabyte are kept apart from the rows (a 45 MB
 * text's metadata inline ran a 1 GB heap out of memory while it was stored).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "guifan.indexer.batch-max-chars=2000000")
@DirtiesContext
class LongTextIndexingIT {

	private static final int LONG = IndexSourceBuilder.MAX_INDEXED_BODY_CHARS + 300_000;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		Path data = Path.of("target", "it-data", "long-text-" + System.nanoTime()).toAbsolutePath();
		registry.add("guifan.data-dir", data::toString);
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("db/guifan"));
		registry.add("guifan.elasticsearch.uris", () -> TestElasticsearch.httpUri().toString());
		registry.add("guifan.elasticsearch.alias", () -> "test-long-text-" + System.nanoTime());
	}

	@Autowired
	IngestService ingest;

	@Autowired
	IndexEntryLoader loader;

	@Autowired
	Documents documents;

	@Autowired
	OutboxIndexer indexer;

	@Autowired
	RegistrySearch search;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@TempDir
	Path files;

	@Test
	void theIndexReadsAndHoldsABoundedStartOfEachLongText() throws Exception {
		List<String> places = List.of("城关镇", "河西乡", "东岭镇");
		for (int i = 0; i < places.size(); i++) {
			TestFiles.text(this.files, places.get(i) + ".txt", longText(places.get(i), 31 + i));
		}

		IngestReport report = this.ingest.ingest(this.files, Duration.ofSeconds(600));

		assertThat(report.completed()).as(report.failure()).isTrue();
		assertThat(report.counts().stored()).isEqualTo(3);
		assertThat(report.indexPending()).isZero();
		assertThat(this.indexer.failures()).isEmpty();
		List<Long> ids = this.jdbc.sql("SELECT id FROM document ORDER BY id").query(Long.class).list();
		assertThat(ids).hasSize(3);
		for (long id : ids) {
			assertThat(this.documents.versionText(id, 1).length())
				.isGreaterThan(IndexSourceBuilder.MAX_INDEXED_BODY_CHARS);
		}
		List<IndexEntry> entries = this.loader.load(ids);
		assertThat(entries).hasSize(3)
			.allSatisfy((e) -> assertThat(e.body()).hasSize(IndexSourceBuilder.MAX_INDEXED_BODY_CHARS));
		Map<Long, Long> chars = this.loader.indexedChars(ids);
		assertThat(chars.values()).containsOnly((long) IndexSourceBuilder.MAX_INDEXED_BODY_CHARS);
		assertThat(TextBudget.split(ids, chars::get, 2_000_000)).hasSize(3);
		// Searchable by what the index holds (the start), not by what lies past it.
		assertThat(this.search.search(DocumentQuery.builder("河西乡").statuses(StatusFilter.all()).build()).hits())
			.hasSize(1);
		assertThat(this.search.search(DocumentQuery.builder("尾声条款").statuses(StatusFilter.all()).build()).hits())
			.isEmpty();
		// The document's page says that the index holds only the start.
		HttpResponse<String> page = new Http(this.port).get("/documents/" + ids.get(0));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("检索只收录前 2,000,000 字");
		assertThat(this.jdbc.sql("""
				SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS
				 WHERE TABLE_NAME IN ('DOCUMENT', 'DOCUMENT_VERSION')
				   AND COLUMN_NAME IN ('METADATA_JSON', 'TEXT_CONTENT')
				""").query(String.class).list()).containsOnly("CHARACTER LARGE OBJECT").hasSize(3);
	}

	/**
	 * A notice of the place, then numbered articles past the index's limit, then an end.
	 */
	private static String longText(String place, int number) {
		StringBuilder text = new StringBuilder(LONG + 1000);
		text.append(TestFiles.NOTICE.replace("城区占道经营", place + "集市").replace("12号", number + "号"));
		int article = 3;
		while (text.length() < LONG) {
			text.append("第")
				.append(article++)
				.append("条 ")
				.append(place)
				.append("各村应当按照规定做好集市场地的日常管理，保持道路通畅，不得擅自占用公共场地。\n");
		}
		text.append("第").append(article).append("条 尾声条款：本办法由县市场监督管理局负责解释。\n");
		return text.toString();
	}

}
