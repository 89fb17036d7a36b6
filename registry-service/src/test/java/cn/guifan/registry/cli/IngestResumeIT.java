package cn.guifan.registry.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.managed.testing.TestElasticsearch;
import cn.guifan.registry.support.Corpus;
import cn.guifan.registry.support.GuifanProcess;
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

	private static final Pattern STORED = Pattern.compile("新入库 (\\d+)");

	private static final Pattern SUMMARY = Pattern
		.compile("读取文件 (\\d+) 个：新入库 (\\d+)，并入已有文件 (\\d+)，重复 (\\d+)，跳过 (\\d+)");

	@TempDir
	Path tmp;

	@Test
	void theSameCommandResumesARunKilledMidway() throws Exception {
		Path files = this.tmp.resolve("laws");
		Corpus.linkInto(Corpus.sampleOfLaws(FILES, 11), files);
		Path data = GuifanProcess.dataDir("ingest-resume-it");
		Map<String, String> es = Map.of("ELASTICSEARCH_URIS", TestElasticsearch.httpUri().toString());
		String alias = "--guifan.elasticsearch.alias=test-resume-" + System.nanoTime();

		GuifanProcess first = GuifanProcess.start(data, "512m", es, "ingest", files.toString(), "--chunk-size=5",
				"--threads=1", "--wait-index=0", alias);
		awaitStored(first, 15);
		first.kill();

		GuifanProcess second = GuifanProcess.start(data, "512m", es, "ingest", files.toString(), "--chunk-size=5",
				"--threads=1", "--wait-index=0", alias);
		assertThat(second.awaitExit(600)).as(second.output()).isZero();
		int[] resumed = summary(second.output());
		assertThat(resumed[0]).as("files read by the resumed run").isPositive().isLessThan(FILES - 10);
		assertThat(resumed[3]).as("duplicates: nothing committed was read again").isZero();

		GuifanProcess third = GuifanProcess.start(data, "512m", es, "ingest", files.toString(), "--wait-index=0",
				alias);
		assertThat(third.awaitExit(600)).as(third.output()).isZero();
		int[] again = summary(third.output());
		assertThat(again[0]).isEqualTo(FILES);
		assertThat(again[1]).as("stored again").isZero();
		assertThat(again[3] + again[4]).as("every file stored once, or skipped with a reason").isEqualTo(FILES);
	}

	private static void awaitStored(GuifanProcess process, int atLeast) throws InterruptedException {
		long deadline = System.nanoTime() + 600_000_000_000L;
		while (System.nanoTime() < deadline) {
			Matcher m = STORED.matcher(process.output());
			int stored = 0;
			while (m.find()) {
				stored = Integer.parseInt(m.group(1));
			}
			if (stored >= atLeast) {
				return;
			}
			if (!process.process().isAlive()) {
				throw new AssertionError("the ingest ended before it was killed:\n" + process.output());
			}
			Thread.sleep(200);
		}
		throw new AssertionError("fewer than " + atLeast + " files stored in 600 s:\n" + process.output());
	}

	/** read, stored, merged, duplicates, skipped. */
	private static int[] summary(String output) {
		Matcher m = SUMMARY.matcher(output);
		assertThat(m.find()).as(output).isTrue();
		return new int[] { Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
				Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)) };
	}

}
