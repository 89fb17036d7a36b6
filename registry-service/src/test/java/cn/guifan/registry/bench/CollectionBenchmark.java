package cn.guifan.registry.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import cn.guifan.managed.ManagedElasticsearch;
import cn.guifan.managed.ManagedNodeSettings;

/**
 * {@code scripts/benchmark collection [--heap 256m] [--as-of 2025-01-01] [--group-by kind]}:
 * a collection of the whole corpus (3,400 laws, the seeds and the samples), built by the
 * command line in a JVM whose heap is capped, which reports the build's time and its peak
 * heap. The registry is ingested once under {@code target/bench/collection} (through
 * {@link BenchRegistry}) and reused; the build itself runs in a separate process so that
 * its heap cap is the one measured.
 */
public final class CollectionBenchmark {

	private CollectionBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String heap = Options.stringOption(args, "--heap", "256m");
		String asOf = Options.stringOption(args, "--as-of", "2025-01-01");
		String groupBy = Options.stringOption(args, "--group-by", "kind");
		Path data = Path.of("target", "bench", "collection").toAbsolutePath();
		if (Options.flag(args, "--fresh")) {
			Options.deleteTree(data);
		}
		// Started here with a patient timeout (a loaded machine needs more than the
		// default 120 s); the registry attaches to it. The build itself needs no node.
		try (ManagedElasticsearch node = ManagedElasticsearch
			.startOrAttach(ManagedNodeSettings.defaults(data.resolve("node"))
				.withHeapMb(512)
				.withStartTimeout(Duration.ofMinutes(10)))) {
			System.out.println("Elasticsearch at " + node.httpUri());
			BenchRegistry.open(data, false, 512).close();
		}
		System.out.println("Registry ready");
		Path jar = Path.of("registry-service", "target", "guifan.jar").toAbsolutePath();
		if (!Files.exists(jar)) {
			jar = Path.of("target", "guifan.jar").toAbsolutePath();
		}
		if (!Files.exists(jar)) {
			throw new IllegalStateException("build the application first: ./mvnw -DskipTests install (" + jar + ")");
		}
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap, "-jar",
						jar.toString(), "collection", "build", "--title", "法律法规规章和规范性文件汇编（基准）", "--as-of", asOf,
						"--group-by", groupBy, "--data-dir", data.resolve("registry").toString(), "--out",
						data.resolve("out").toString(), "--stats"));
		System.out.println("Running: " + String.join(" ", command));
		Process process = new ProcessBuilder(command).inheritIO().start();
		if (!process.waitFor(60, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("the build did not finish within an hour");
		}
		System.out.println("exit code " + process.exitValue());
		System.exit(process.exitValue());
	}

}
