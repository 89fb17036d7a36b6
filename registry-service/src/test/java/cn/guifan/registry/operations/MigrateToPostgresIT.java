package cn.guifan.registry.operations;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.guifan.registry.cli.ExitCodes;
import cn.guifan.registry.cli.GuifanCommand;
import cn.guifan.registry.support.Corpus;
import cn.guifan.registry.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./guifan migrate-to-postgres} against a real PostgreSQL: an H2 registry with
 * documents, their pending outbox entries, the job repository and accounts is copied into
 * an empty database, every table with the same rows; the service's commands then work on
 * PostgreSQL, adding rows after the copied ones; a database that is not empty is refused.
 */
class MigrateToPostgresIT {

	@TempDir
	Path tmp;

	@Test
	void theRegistryMovesToAnEmptyPostgresDatabase() throws Exception {
		Path data = this.tmp.resolve("data");
		Path laws = this.tmp.resolve("laws");
		Corpus.linkInto(Corpus.sampleOfLaws(5, 23), laws);
		List<String> h2 = List.of("--data-dir=" + data, "--guifan.elasticsearch.enabled=false",
				"--guifan.indexer.enabled=false", "--guifan.ingest.ocr=false");
		Run ingest = run(h2, "ingest", laws.toString(), "--wait-index=0");
		assertThat(ingest.code).as(ingest.out + ingest.err).isEqualTo(ExitCodes.OK);
		assertThat(run(h2, "user", "org-add", "青禾县市场监督管理局").code).isEqualTo(ExitCodes.OK);
		assertThat(run(h2, "user", "add", "lisi", "--role", "DEPARTMENT", "--org", "青禾县市场监督管理局").code)
			.isEqualTo(ExitCodes.OK);

		TestPostgres postgres = TestPostgres.get();
		String database = "migrate_" + System.nanoTime();
		postgres.createDatabase(database);
		String url = postgres.jdbcUrl(database);
		Run migrate = run(h2, "migrate-to-postgres", "--url", url, "--user", TestPostgres.USER, "--password", "unused");
		assertThat(migrate.code).as(migrate.out + migrate.err).isEqualTo(ExitCodes.OK);
		assertThat(migrate.out).contains("各表行数与 H2 一致").contains("--spring.profiles.active=postgres");
		assertThat(migrate.err).contains("document：").contains("index_outbox：").contains("batch_job_instance：");

		Map<String, Long> target;
		try (Connection connection = DriverManager.getConnection(url, TestPostgres.USER, "unused")) {
			target = DatabaseTables.counts(connection);
		}
		assertThat(target.get("document")).isPositive();
		assertThat(target.get("index_outbox")).as("pending index work moves too").isPositive();
		assertThat(target.get("account")).isEqualTo(3);

		List<String> pg = List.of("--data-dir=" + data, "--guifan.elasticsearch.enabled=false",
				"--guifan.indexer.enabled=false", "--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + TestPostgres.USER, "--spring.datasource.password=unused");
		Run list = run(pg, "user", "list");
		assertThat(list.code).as(list.err).isEqualTo(ExitCodes.OK);
		assertThat(list.out).contains("lisi").contains("青禾县市场监督管理局");
		// Keys continue after the copied ones.
		Run add = run(pg, "user", "add", "wangwu", "--role", "REGISTRAR");
		assertThat(add.code).as(add.err).isEqualTo(ExitCodes.OK);
		Run more = run(pg, "user", "org-add", "青禾县民政局");
		assertThat(more.code).as(more.err).isEqualTo(ExitCodes.OK);

		Run again = run(h2, "migrate-to-postgres", "--url", url, "--user", TestPostgres.USER, "--password", "unused");
		assertThat(again.code).isEqualTo(ExitCodes.FAILED);
		assertThat(again.err).contains("不是空的");
	}

	private static Run run(List<String> settings, String... args) {
		PrintStream originalOut = System.out;
		PrintStream originalErr = System.err;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			List<String> all = new ArrayList<>(List.of(args));
			all.addAll(settings);
			int code = new CommandLine(new GuifanCommand()).execute(all.toArray(String[]::new));
			return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(originalOut);
			System.setErr(originalErr);
		}
	}

	private record Run(int code, String out, String err) {
	}

}
