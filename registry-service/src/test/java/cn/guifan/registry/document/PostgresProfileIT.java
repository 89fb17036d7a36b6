package cn.guifan.registry.document;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import cn.guifan.ingest.testing.TestFiles;
import cn.guifan.registry.ingest.IngestReport;
import cn.guifan.registry.ingest.IngestService;
import cn.guifan.registry.search.RegistrySearch;
import cn.guifan.search.query.DocumentQuery;
import cn.guifan.search.query.StatusFilter;
import cn.guifan.registry.support.TestPostgres;
import cn.guifan.managed.testing.TestElasticsearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production profile on a real PostgreSQL: the same Flyway migrations create the
 * registry and Spring Batch's tables, and ingest, restart and search work as on H2.
 */
@SpringBootTest
@ActiveProfiles("postgres")
@DirtiesContext
class PostgresProfileIT {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		String database = "guifan_" + System.nanoTime();
		TestPostgres.get().createDatabase(database);
		registry.add("spring.datasource.url", () -> TestPostgres.get().jdbcUrl(database));
		registry.add("spring.datasource.username", () -> TestPostgres.USER);
		// Trust authentication ignores it, but the postgres profile requires one.
		registry.add("spring.datasource.password", () -> "unused-with-trust-auth");
		Path data = Path.of("target", "it-data", database).toAbsolutePath();
		registry.add("guifan.data-dir", data::toString);
		registry.add("guifan.elasticsearch.uris", () -> TestElasticsearch.httpUri().toString());
		registry.add("guifan.elasticsearch.alias", () -> "test-" + database);
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IngestService ingest;

	@Autowired
	RegistrySearch search;

	@TempDir
	Path files;

	@Test
	void migrationsCreateTheRegistryAndTheJobRepositoryOnPostgres() {
		assertThat(this.jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
		List<String> applied = this.jdbc
			.sql("SELECT description FROM flyway_schema_history WHERE success ORDER BY installed_rank")
			.query(String.class)
			.list();
		assertThat(applied).contains("registry", "Spring Batch job repository");
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'batch_job_execution'")
					.query(Long.class)
					.single())
			.isEqualTo(1);
	}

	@Test
	void ingestAndSearchWorkOnPostgres() throws Exception {
		TestFiles.text(this.files, "a.txt", TestFiles.NOTICE);
		TestFiles.docx(this.files, "b.docx", TestFiles.NOTICE.replace("12号", "19号").replace("占道经营", "共享单车停放"));
		TestFiles.empty(this.files, "c.txt");

		IngestReport report = this.ingest.ingest(this.files, Duration.ofSeconds(60));

		assertThat(report.completed()).isTrue();
		assertThat(report.counts().stored()).isEqualTo(2);
		assertThat(report.issues()).extracting(IngestReport.Issue::code).containsExactly("EMPTY_FILE");
		assertThat(this.search.search(DocumentQuery.builder("共享单车停放").statuses(StatusFilter.all()).build()).hits())
			.extracting((h) -> h.docNumber())
			.containsExactly("青政办〔2021〕19号");
		IngestReport again = this.ingest.ingest(this.files, Duration.ofSeconds(60));
		assertThat(again.counts().duplicates()).isEqualTo(2);
	}

}
