package cn.guifan.registry.cli;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import cn.guifan.managed.testing.TestElasticsearch;
import cn.guifan.registry.support.Corpus;
import cn.guifan.registry.support.GuifanProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 45 MB text (inside the documented limit of 20 million characters) beside an ordinary
 * law, ingested by {@code guifan ingest} as a user runs it: the heap the script gives
 * ({@code -Xmx1g}, {@code -XX:+ExitOnOutOfMemoryError}), its own process. Before, the run
 * died of OutOfMemoryError with "Unable to process chunk" naming no file, and a rerun
 * failed the same way. Now both files are stored and searchable, and the process exits
 * normally.
 */
class LongTextIngestIT {

	private static final long BYTES = 45L * 1024 * 1024;

	@TempDir
	Path tmp;

	@Test
	void aFortyFiveMegabyteTextIsStoredAndIndexedUnderTheScriptsHeap() throws Exception {
		Path files = Files.createDirectories(this.tmp.resolve("files"));
		long written = writeLongText(files.resolve("青禾县法规资料汇集.txt"));
		assertThat(written).isGreaterThanOrEqualTo(BYTES);
		Path law = Corpus.lawFiles().get(0);
		Files.copy(law, files.resolve(law.getFileName()));

		Path data = GuifanProcess.dataDir("long-text-it");
		Map<String, String> es = Map.of("ELASTICSEARCH_URIS", TestElasticsearch.httpUri().toString());
		GuifanProcess ingest = GuifanProcess.start(data, "1g", es, "ingest", files.toString(), "--wait-index=900",
				"--guifan.elasticsearch.alias=test-long-text-" + System.nanoTime());
		int exit = ingest.awaitExit(1800);
		String output = ingest.output();

		assertThat(exit).as(output).isZero();
		assertThat(output).contains("导入完成")
			.contains("读取文件 2 个：新入库 2")
			.doesNotContain("OutOfMemoryError")
			.doesNotContain("尚未写入检索索引");
	}

	/** Law texts one after another under one title, until the file holds 45 MB. */
	private static long writeLongText(Path file) throws Exception {
		long bytes = 0;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			String head = "青禾县司法局关于印发法规资料汇集的通知\n\n";
			out.write(head);
			bytes += head.getBytes(StandardCharsets.UTF_8).length;
			while (bytes < BYTES) {
				for (Path law : Corpus.lawFiles()) {
					String text = Files.readString(law, StandardCharsets.UTF_8);
					out.write(text);
					out.write('\n');
					bytes += text.getBytes(StandardCharsets.UTF_8).length + 1;
					if (bytes >= BYTES) {
						break;
					}
				}
			}
		}
		return bytes;
	}

}
