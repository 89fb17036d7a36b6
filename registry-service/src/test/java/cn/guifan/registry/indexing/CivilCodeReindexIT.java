package cn.guifan.registry.indexing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import cn.guifan.registry.ingest.IngestReport;
import cn.guifan.registry.ingest.IngestService;
import cn.guifan.registry.search.DocumentHit;
import cn.guifan.registry.search.RegistrySearch;
import cn.guifan.registry.search.SearchResults;
import cn.guifan.registry.support.Corpus;
import cn.guifan.registry.support.RegistryIntegrationTest;
import cn.guifan.search.query.DocumentQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus's 民法典 folder: its parts become versions of one law that all take effect on
 * 2021-01-01, so all but the newest were in force on no day. The index used to reject
 * those entries (an empty date range), which left them out of the index and failed every
 * full reindex of the corpus.
 */
@SpringBootTest
class CivilCodeReindexIT extends RegistryIntegrationTest {

	@Autowired
	IngestService ingest;

	@Autowired
	ReindexJob reindex;

	@Autowired
	RegistrySearch search;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@Test
	void theCivilCodeIsIndexedAndTheIndexRebuilt() throws Exception {
		List<Path> parts;
		try (Stream<Path> files = Files.list(Corpus.laws().resolve("民法典"))) {
			parts = files.filter((f) -> f.toString().endsWith(".md")).sorted().toList();
		}
		Corpus.linkInto(parts, this.dir);
		IngestReport report = this.ingest.ingest(this.dir, Duration.ofMinutes(5));
		assertThat(report.completed()).isTrue();
		assertThat(report.indexPending()).isZero();

		ReindexJob.Result rebuilt = this.reindex.run(ReindexJob.Listener.none());
		long versions = this.jdbc.sql("select count(*) from document_version").query(Long.class).single();
		assertThat(versions).isGreaterThan(1);
		assertThat(rebuilt.entries()).isEqualTo(versions);

		SearchResults found = this.search.search(DocumentQuery.builder("中华人民共和国民法典").size(10).build());
		assertThat(found.hits()).isNotEmpty()
			.allSatisfy((h) -> assertThat(h.status()).isEqualTo("IN_FORCE"))
			.extracting(DocumentHit::id)
			.doesNotHaveDuplicates();
	}

}
