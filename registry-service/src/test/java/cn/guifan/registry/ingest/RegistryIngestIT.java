package cn.guifan.registry.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import cn.guifan.ingest.testing.TestFiles;
import cn.guifan.registry.search.RegistrySearch;
import cn.guifan.search.query.DocumentQuery;
import cn.guifan.search.query.StatusFilter;
import cn.guifan.registry.search.SearchResults;
import cn.guifan.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files to search, through the real registry: ingest writes the database and the outbox,
 * the indexer drains it into the real Elasticsearch node, and search finds the documents.
 */
@SpringBootTest
class RegistryIngestIT extends RegistryIntegrationTest {

	@Autowired
	IngestService ingest;

	@Autowired
	RegistrySearch search;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@Test
	void goodFilesBecomeSearchableAndBadOnesAreReportedWithReasons() throws Exception {
		TestFiles.text(this.dir, "good/notice.txt", TestFiles.NOTICE);
		TestFiles.docx(this.dir, "good/other.docx",
				TestFiles.NOTICE.replace("青政办〔2021〕12号", "青政办〔2021〕30号").replace("占道经营", "户外广告设置"));
		TestFiles.corruptDocx(this.dir, "bad/broken.docx");
		TestFiles.empty(this.dir, "bad/empty.txt");
		TestFiles.binaryNamedPdf(this.dir, "bad/binary.pdf");

		IngestReport report = this.ingest.ingest(this.dir, Duration.ofSeconds(60));

		assertThat(report.completed()).isTrue();
		assertThat(report.counts().read()).isEqualTo(5);
		assertThat(report.counts().stored()).isEqualTo(2);
		assertThat(report.counts().skipped()).isEqualTo(3);
		assertThat(report.issues()).extracting(IngestReport.Issue::file)
			.containsExactlyInAnyOrder("bad/broken.docx", "bad/empty.txt", "bad/binary.pdf");
		assertThat(report.issues()).allSatisfy((issue) -> assertThat(issue.message()).isNotBlank());
		assertThat(report.indexPending()).isZero();

		SearchResults byWords = this.search.search(DocumentQuery.builder("占道经营").statuses(StatusFilter.all()).build());
		assertThat(byWords.hits()).extracting((h) -> h.docNumber()).contains("青政办〔2021〕12号");
		SearchResults byNumber = this.search
			.search(DocumentQuery.builder("青政办[2021]30号").statuses(StatusFilter.all()).build());
		assertThat(byNumber.hits()).isNotEmpty();
		assertThat(byNumber.hits().get(0).docNumber()).isEqualTo("青政办〔2021〕30号");
		assertThat(byNumber.hits().get(0).title()).contains("户外广告设置");
	}

	@Test
	void reingestingTheSameFilesCreatesNoDuplicateAndAnotherFormatJoinsItsDocument() throws Exception {
		Path first = TestFiles.text(this.dir, "one/notice.txt", TestFiles.NOTICE.replace("12号", "41号"));
		this.ingest.ingest(this.dir.resolve("one"), Duration.ofSeconds(60));
		long documents = count("document");

		IngestReport again = this.ingest.ingest(this.dir.resolve("one"), Duration.ofSeconds(60));
		assertThat(again.counts().stored()).isZero();
		assertThat(again.counts().duplicates()).isEqualTo(1);

		Path copy = this.dir.resolve("two/notice-copy.md");
		Files.createDirectories(copy.getParent());
		Files.writeString(copy, Files.readString(first).replace("\n", "\n\n"));
		IngestReport otherFormat = this.ingest.ingest(this.dir.resolve("two"), Duration.ofSeconds(60));
		assertThat(otherFormat.counts().merged()).isEqualTo(1);

		assertThat(count("document")).isEqualTo(documents);
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM document_source s JOIN document d ON d.id = s.document_id
				 WHERE d.doc_number_normalized = '青政办〔2021〕41号'
				""").query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aDisclosurePageAndTheFileItPublishesBecomeOneDocumentWithBothSources() throws Exception {
		String notice = TestFiles.NOTICE.replace("12号", "55号").replace("占道经营", "户外招牌");
		String table = "索引号\tqinghe-2021-000055\n主题分类\t城乡建设\n发文机关\t青禾县人民政府办公室\n发布日期\t2021-03-16\n";
		TestFiles.html(this.dir, "page/notice.html", "户外招牌", "当前位置：首页 > 政务公开\n" + table + notice + "\n打印本页 关闭窗口");
		TestFiles.docx(this.dir, "attachment/notice.docx", notice);

		IngestReport report = this.ingest.ingest(this.dir, Duration.ofSeconds(60));

		assertThat(report.counts().stored()).isEqualTo(1);
		assertThat(report.counts().merged()).isEqualTo(1);
		SearchResults found = this.search
			.search(DocumentQuery.builder("青政办〔2021〕55号").statuses(StatusFilter.all()).build());
		assertThat(found.total()).isEqualTo(1);
		long id = Long.parseLong(found.hits().get(0).id());
		assertThat(this.jdbc.sql("SELECT file_name FROM document_source WHERE document_id = ? ORDER BY file_name")
			.param(id)
			.query(String.class)
			.list()).containsExactly("attachment/notice.docx", "page/notice.html");
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

}
