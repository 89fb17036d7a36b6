package cn.guifan.ingest.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import cn.guifan.ingest.testing.Bombs;
import cn.guifan.ingest.testing.MemoryProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 200 MB PDF, a zip of 10,000 files and a Word file whose XML expands to 600 MB are
 * read in a child JVM whose heap is capped at 256 MB
 * ({@code -Xmx256m -XX:+ExitOnOutOfMemoryError}): if extraction loaded a file or an
 * archive whole, the child would die. The inputs are generated into {@code target/} and
 * deleted afterwards. Sizes:
 * {@code -Dguifan.memory.pdf-mb=200 -Dguifan.memory.zip-files=10000} (the defaults).
 */
class BigInputMemoryIT {

	private static final String HEAP = "256m";

	private static final int PDF_MB = Integer.getInteger("guifan.memory.pdf-mb", 200);

	private static final int ZIP_FILES = Integer.getInteger("guifan.memory.zip-files", 10_000);

	private static Path folder;

	@BeforeAll
	static void folder() throws IOException {
		folder = Files.createDirectories(Path.of("target", "memory-it")).toAbsolutePath();
	}

	@AfterAll
	static void clean() throws IOException {
		org.apache.commons.io.file.PathUtils.deleteDirectory(folder);
	}

	@Test
	void aBigPdfIsReadWithinASmallHeap() throws Exception {
		Path pdf = MemoryProbe.bigPdf(folder.resolve("big.pdf"), PDF_MB);
		assertThat(Files.size(pdf)).isGreaterThan(PDF_MB * 1024L * 1024 * 9 / 10);
		Map<String, Long> result = probe(pdf);
		assertThat(result.get("read")).isEqualTo(1);
		// About 60 characters on each of its pages (one per 768 KB image).
		assertThat(result.get("chars")).isGreaterThan(60L * PDF_MB);
		Files.delete(pdf);
	}

	@Test
	void aWordFileWhoseXmlExpandsTo600MbIsRefusedWithinASmallHeap() throws Exception {
		// 2 MB on disk; the tree of its XML took a 512 MB heap out of memory.
		Path bomb = Bombs.docx(folder.resolve("bomb.docx"), 600);
		assertThat(Files.size(bomb)).isLessThan(4L * 1024 * 1024);
		Map<String, Long> result = probe(bomb);
		assertThat(result.get("refused")).as("refused as too long, not read whole").isEqualTo(1);
		Files.delete(bomb);
	}

	@Test
	void aZipOfManyFilesIsReadWithinASmallHeap() throws Exception {
		Path zip = MemoryProbe.manyFilesZip(folder.resolve("many.zip"), ZIP_FILES);
		Map<String, Long> result = probe(zip);
		assertThat(result.get("items")).isEqualTo(ZIP_FILES);
		assertThat(result.get("read")).isEqualTo(ZIP_FILES);
		assertThat(folder.resolve("work")).isEmptyDirectory();
		Files.delete(zip);
	}

	private static Map<String, Long> probe(Path input) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx" + HEAP, "-XX:+ExitOnOutOfMemoryError",
				"-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), MemoryProbe.class.getName(),
				input.toString(), folder.resolve("work").toString()));
		Files.createDirectories(folder.resolve("work"));
		Process process = new ProcessBuilder(command).redirectError(folder.resolve("probe.err").toFile()).start();
		String out;
		try {
			boolean done = process.waitFor(5, TimeUnit.MINUTES);
			assertThat(done).as("the probe finishes within 5 minutes").isTrue();
			// Log lines go to standard output too; the probe's is the last.
			out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> line.startsWith("items="))
				.reduce("", (a, b) -> b);
		}
		finally {
			process.destroyForcibly();
		}
		assertThat(process.exitValue()).as("exit code of the probe (stderr in target/memory-it/probe.err)").isZero();
		System.out.println(input.getFileName() + " in -Xmx" + HEAP + ": " + out);
		Map<String, Long> values = new HashMap<>();
		for (String pair : out.split(" ")) {
			String[] kv = pair.split("=");
			values.put(kv[0], Long.parseLong(kv[1]));
		}
		// The bound is the probe's -Xmx with ExitOnOutOfMemoryError and its exit code 0
		// above; peakHeapMb (the sum of each heap pool's own peak, reached at different
		// moments) is reported, not asserted: it may exceed -Xmx without the heap ever
		// doing so.
		return values;
	}

}
