package cn.guifan.registry.lifecycle;

import java.nio.file.Path;
import java.time.Duration;

import cn.guifan.ingest.testing.TestFiles;
import cn.guifan.registry.ingest.IngestService;
import cn.guifan.registry.search.RegistrySearch;
import cn.guifan.registry.search.SearchResults;
import cn.guifan.registry.support.RegistryIntegrationTest;
import cn.guifan.search.query.DocumentQuery;
import cn.guifan.search.query.StatusFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cleanup decision as local governments publish them, through the real registry: its
 * lists printed from a table, each row naming its document without 《》.
 */
@SpringBootTest
class CleanupListIngestIT extends RegistryIntegrationTest {

	@Autowired
	IngestService ingest;

	@Autowired
	RegistrySearch search;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@Test
	void aCleanupDecisionWhoseListsNameDocumentsWithoutBookTitleMarksActsOnThem() throws Exception {
		// As lists printed from a table are: the title bare, the number after it, a
		// reason
		// citing another document.
		TestFiles.text(this.dir, "first/a.txt", TestFiles.NOTICE.replace("12号", "66号"));
		TestFiles.text(this.dir, "first/b.txt", TestFiles.NOTICE.replace("12号", "67号").replace("占道经营", "户外广告设置"));
		this.ingest.ingest(this.dir.resolve("first"), Duration.ofSeconds(60));
		assertThat(statusOf("青政办〔2021〕66号")).isNotEqualTo("REPEALED");
		TestFiles.text(this.dir, "later/decision.txt", """
				青禾县人民政府关于废止和宣布失效部分行政规范性文件的决定

				青政发〔2023〕9号

				各乡镇人民政府，县政府各部门：

				经清理，决定废止1件、宣布失效1件行政规范性文件，自本决定印发之日起施行。

				附件：1.决定废止的行政规范性文件目录
				2.决定宣布失效的行政规范性文件目录

				青禾县人民政府
				2023年6月1日

				决定废止的行政规范性文件目录

				序号 文件名称 文号 废止理由
				1 青禾县人民政府办公室关于印发青禾县城区占道经营管理办法的通知 青政办〔2021〕66号 与《城市市容和环境卫生管理条例》不一致

				决定宣布失效的行政规范性文件目录

				序号 文件名称 文号 失效理由
				1 青禾县人民政府办公室关于印发青禾县城区户外广告设置管理办法的通知 青政办〔2021〕67号 调整对象已消失
				""");
		this.ingest.ingest(this.dir.resolve("later"), Duration.ofSeconds(60));
		assertThat(statusOf("青政办〔2021〕66号")).isEqualTo("REPEALED");
		assertThat(this.jdbc.sql("""
				SELECT e.event_type FROM lifecycle_event e JOIN document d ON d.id = e.document_id
				 WHERE d.doc_number_normalized = '青政办〔2021〕67号' AND e.caused_by_document_id IS NOT NULL
				""").query(String.class).list()).containsExactly("DECLARED_INVALID");
	}

	private String statusOf(String number) {
		SearchResults found = this.search.search(DocumentQuery.builder(number).statuses(StatusFilter.all()).build());
		assertThat(found.hits()).isNotEmpty();
		assertThat(found.hits().get(0).docNumber()).isEqualTo(number);
		return found.hits().get(0).status();
	}

}
