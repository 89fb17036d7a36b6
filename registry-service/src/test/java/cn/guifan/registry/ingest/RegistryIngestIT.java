package cn.guifan.registry.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import cn.guifan.ingest.testing.TestFiles;
import cn.guifan.registry.search.RegistrySearch;
import cn.guifan.search.query.DocumentQuery;
import cn.guifan.search.query.StatusFilter;
import cn.guifan.registry.search.SearchResults;
import cn.guifan.registry.support.Corpus;
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

	@Test
	void aVersionKeepsTheMetadataItsFileGaveWhenALaterVersionTakesOverTheDocument() throws Exception {
		Path laws = Corpus.laws().resolve("地方性法规/上海");
		Path older = Files.copy(laws.resolve("上海市住宅物业管理规定(2010-12-23).md"),
				Files.createDirectories(this.dir.resolve("a")).resolve("2010.md"));
		this.ingest.ingest(older.getParent(), Duration.ofSeconds(60));
		String sha = this.jdbc.sql("SELECT sha256 FROM document_source WHERE file_name LIKE '%2010.md'")
			.query(String.class)
			.single();
		String first = versionMetadata(sha);
		// Stored once: the new document's row holds its first version's record.
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM document_version WHERE metadata_json IS NULL")
			.query(Long.class)
			.single()).isEqualTo(1);

		Path newer = Files.copy(laws.resolve("上海市住宅物业管理规定(2020-12-30).md"),
				Files.createDirectories(this.dir.resolve("b")).resolve("2020.md"));
		IngestReport report = this.ingest.ingest(newer.getParent(), Duration.ofSeconds(60));

		assertThat(report.counts().read()).isEqualTo(1);
		assertThat(count("document")).isEqualTo(1);
		assertThat(count("document_version")).isEqualTo(2);
		String documentNow = this.jdbc.sql("SELECT metadata_json FROM document").query(String.class).single();
		assertThat(documentNow).isNotEqualTo(first).contains("2020");
		assertThat(versionMetadata(sha)).isEqualTo(first);
	}

	/** What the registry holds as the metadata of the version read from this file. */
	private String versionMetadata(String sourceSha256) {
		return this.jdbc.sql("""
				SELECT COALESCE(v.metadata_json, d.metadata_json) FROM document_version v
				  JOIN document d ON d.id = v.document_id WHERE v.source_sha256 = ?
				""").param(sourceSha256).query(String.class).single();
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

}
