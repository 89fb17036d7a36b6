package cn.guifan.registry.lifecycle;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import cn.guifan.ingest.testing.TestFiles;
import cn.guifan.registry.document.DocumentEditor;
import cn.guifan.registry.ingest.IngestService;
import cn.guifan.registry.support.RegistryIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * References by name, through the real registry: a reference carries its target's name in
 * the pending columns (the ones the look-up of a newly stored document reads) only while
 * it is unresolved, so that the many references resolved when they are stored never enter
 * those indexes; a document removed from the registry leaves what others said of it
 * findable again.
 */
@SpringBootTest
class PendingReferencesIT extends RegistryIntegrationTest {

	private static final String REGULATION = """
			城市市容和环境卫生管理条例

			（1992年6月28日中华人民共和国国务院令第101号发布）

			第一条 为了加强城市市容和环境卫生管理，创造清洁、优美的城市工作、生活环境，制定本条例。

			第二条 在中华人民共和国城市内，一切单位和个人都必须遵守本条例。
			""";

	private static final String CITED = "城市市容和环境卫生管理条例";

	@Autowired
	IngestService ingest;

	@Autowired
	DocumentEditor editor;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@Test
	void aReferenceIsFoundByItsNameOnlyWhileItIsUnresolvedAndAgainWhenItsTargetIsRemoved() throws Exception {
		// Made before the regulation is in the registry: unresolved, pending by its name.
		TestFiles.text(this.dir, "first/notice.txt", TestFiles.NOTICE.replace("12号", "81号"));
		this.ingest.ingest(this.dir.resolve("first"), Duration.ofSeconds(60));
		assertThat(references()).singleElement().satisfies((r) -> {
			assertThat(r.to()).isNull();
			assertThat(r.pendingTitle()).isEqualTo(CITED);
		});

		// The regulation arrives: the reference is resolved and leaves the pending names.
		TestFiles.text(this.dir, "second/regulation.txt", REGULATION);
		this.ingest.ingest(this.dir.resolve("second"), Duration.ofSeconds(60));
		long regulation = regulationId();
		assertThat(references()).singleElement().satisfies((r) -> {
			assertThat(r.to()).isEqualTo(regulation);
			assertThat(r.pendingTitle()).isNull();
		});

		// A reference made once the regulation is there is resolved when it is stored,
		// and never pending.
		TestFiles.text(this.dir, "third/notice.txt", TestFiles.NOTICE.replace("12号", "82号").replace("占道经营", "户外广告设置"));
		this.ingest.ingest(this.dir.resolve("third"), Duration.ofSeconds(60));
		assertThat(references()).hasSize(2).allSatisfy((r) -> {
			assertThat(r.to()).isEqualTo(regulation);
			assertThat(r.pendingTitle()).isNull();
			assertThat(r.pendingNumber()).isNull();
		});

		// Removed (ingested by mistake): what the notices said of it stays, unresolved
		// and
		// findable by its name again.
		this.editor.remove(regulation, "误导入", "registrar");
		assertThat(references()).hasSize(2).allSatisfy((r) -> {
			assertThat(r.to()).isNull();
			assertThat(r.pendingTitle()).isEqualTo(CITED);
		});

		// Stored anew, it is linked from both.
		TestFiles.text(this.dir, "fourth/regulation.txt", REGULATION);
		this.ingest.ingest(this.dir.resolve("fourth"), Duration.ofSeconds(60));
		long again = regulationId();
		assertThat(again).isNotEqualTo(regulation);
		assertThat(references()).hasSize(2).allSatisfy((r) -> {
			assertThat(r.to()).isEqualTo(again);
			assertThat(r.pendingTitle()).isNull();
		});
	}

	private List<Reference> references() {
		return this.jdbc.sql("""
				SELECT to_document_id, pending_title, pending_doc_number FROM document_relation
				 WHERE target_title = ? ORDER BY id""")
			.param(CITED)
			.query((rs, row) -> new Reference(rs.getObject(1, Long.class), rs.getString(2), rs.getString(3)))
			.list();
	}

	private record Reference(@Nullable Long to, @Nullable String pendingTitle, @Nullable String pendingNumber) {
	}

	private long regulationId() {
		return this.jdbc.sql("SELECT id FROM document WHERE title = ?").param(CITED).query(Long.class).single();
	}

}
