package cn.guifan.registry.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.managed.testing.TestElasticsearch;
import cn.guifan.registry.support.Corpus;
import cn.guifan.registry.support.GuifanProcess;
import cn.guifan.registry.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} in the middle of {@code guifan ingest DIR}, then the same command: it
 * resumes after the last chunk the killed run committed (before, the killed run stayed
 * STARTED for ever and the next one read everything again), and a third run finds every
 * file already stored, once.
 */
class IngestResumeIT {

	private static final int FILES = 120;

	private static final Pattern SUMMARY = Pattern
		.compile("读取文件 (\\d+) 个：新入库 (\\d+)，并入已有文件 (\\d+)，重复 (\\d+)，跳过 (\\d+)");

	@TempDir
	Path tmp;

	@Test
	void theSameCommandResumesARunKilledMidway() throws Exception {
		Path files = this.tmp.resolve("laws");
		Corpus.linkInto(Corpus.sampleOfLaws(FILES, 11), files);
		Path data = GuifanProcess.dataDir("ingest-resume-it");
		// The same database for the three runs: H2 in the data folder, or PostgreSQL in
		// the postgres execution of the integration tests.
		Map<String, String> es = new HashMap<>(TestDatabase.processEnvironment());
		es.put("ELASTICSEARCH_URIS", TestElasticsearch.httpUri().toString());
		String alias = "--guifan.elasticsearch.alias=test-resume-" + System.nanoTime();

		GuifanProcess first = GuifanProcess.start(data, "512m", es, "ingest", files.toString(), "--chunk-size=5",
				"--threads=1", "--wait-index=0", alias);
		awaitStored(first, data, es, 15);
		first.kill();

		GuifanProcess second = GuifanProcess.start(data, "512m", es, "ingest", files.toString(), "--chunk-size=5",
				"--threads=1", "--wait-index=0", alias);
		assertThat(second.awaitExit(600)).as(second.output()).isZero();
		int[] resumed = summary(second.output());
		// Killed with at least 15 documents stored: the run's position is committed with
		// each chunk of five, just after its documents, so at most the chunk in flight is
		// read again — and recognised as stored, never stored twice.
		assertThat(resumed[0]).as("files read by the resumed run").isPositive().isLessThanOrEqualTo(FILES - 10);
		assertThat(resumed[3]).as("files read again: at most the chunk in flight").isLessThanOrEqualTo(5);

		GuifanProcess third = GuifanProcess.start(data, "512m", es, "ingest", files.toString(), "--wait-index=0",
				alias);
		assertThat(third.awaitExit(600)).as(third.output()).isZero();
		int[] again = summary(third.output());
		assertThat(again[0]).isEqualTo(FILES);
		assertThat(again[1]).as("stored again").isZero();
		assertThat(again[3] + again[4]).as("every file stored once, or skipped with a reason").isEqualTo(FILES);
	}

	/**
	 * Waits until the database holds at least so many documents: read from the database
	 * itself (H2 lets another process in through its AUTO_SERVER), not from the progress
	 * lines, which a command without a console prints every five seconds, by which time a
	 * quiet machine had finished all 120 files and there was nothing left to resume.
	 */
	private static void awaitStored(GuifanProcess process, Path data, Map<String, String> environment, int atLeast)
			throws Exception {
		long deadline = System.nanoTime() + 600_000_000_000L;
		while (System.nanoTime() < deadline) {
			if (!process.process().isAlive()) {
				throw new AssertionError("the ingest ended before it was killed:\n" + process.output());
			}
			if (documents(data, environment) >= atLeast) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("fewer than " + atLeast + " files stored in 600 s:\n" + process.output());
	}

	private static long documents(Path data, Map<String, String> environment) {
		String url = environment.get("DATABASE_URL");
		String user = environment.getOrDefault("DATABASE_USERNAME", "guifan");
		String password = environment.getOrDefault("DATABASE_PASSWORD", "");
		if (url == null) {
			Path credentials = data.resolve("db/credentials.properties");
			if (!Files.exists(credentials)) {
				return 0;
			}
			Properties saved = new Properties();
			try (var in = Files.newInputStream(credentials)) {
				saved.load(in);
			}
			catch (java.io.IOException ex) {
				return 0;
			}
			// IFEXISTS: never create the database the process is about to make.
			url = "jdbc:h2:file:" + data.resolve("db/guifan") + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE";
			user = saved.getProperty("username", "guifan");
			password = saved.getProperty("password", "");
		}
		try (Connection connection = DriverManager.getConnection(url, user, password);
				ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM document")) {
			return count.next() ? count.getLong(1) : 0;
		}
		catch (SQLException ex) {
			// Not created yet, or the process is migrating it.
			return 0;
		}
	}

	/** read, stored, merged, duplicates, skipped. */
	private static int[] summary(String output) {
		Matcher m = SUMMARY.matcher(output);
		assertThat(m.find()).as(output).isTrue();
		return new int[] { Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
				Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)) };
	}

}
