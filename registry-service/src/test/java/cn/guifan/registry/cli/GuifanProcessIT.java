package cn.guifan.registry.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import cn.guifan.ingest.testing.TestFiles;
import cn.guifan.registry.support.GuifanProcess;
import cn.guifan.registry.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands a user runs, as a user runs them: the built application jar in its own
 * process, with its own managed Elasticsearch node (no cluster URL). The demo answers
 * searches over the sample documents; Ctrl-C, or the JVM being killed outright, leaves no
 * Elasticsearch process behind; {@code ingest} prints its summary with the files it
 * skipped.
 */
class GuifanProcessIT {

	/**
	 * Each command starts its own Elasticsearch node: on a CI machine at a load of 20 and
	 * more that alone took over three minutes.
	 */
	private static final int EACH_COMMAND_SECONDS = 420;

	@TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
	Path tmp;

	private final List<Process> started = new ArrayList<>();

	@AfterEach
	void killLeftovers() {
		this.started.forEach(Process::destroyForcibly);
	}

	@Test
	void demoServesTheSamplesAndCtrlCStopsItsElasticsearchNode() throws Exception {
		Path data = dataDir();
		GuifanProcess demo = GuifanProcess.startAsFromATerminal(data, "512m", Map.of(), "demo", "--port=0");
		this.started.add(demo.process());
		int port = demo.awaitPort();
		Http http = new Http(port);
		JsonNode result = awaitSearch(http, "占道经营");
		assertThat(result.get("hits").get(0).get("title").asString()).contains("占道经营");
		assertThat(http.get("/").body()).contains("检索");
		NodeProcess node = NodeProcess.of(data);
		assertThat(node.isAlive()).isTrue();

		// Ctrl-C
		new ProcessBuilder("kill", "-INT", Long.toString(demo.process().pid())).start().waitFor();

		// Generous: a loaded CI machine stops the node and the job pools slowly.
		assertThat(demo.process().waitFor(120, TimeUnit.SECONDS)).as("the service exits on Ctrl-C:\n%s", demo.output())
			.isTrue();
		node.assertGoneWithin(Duration.ofSeconds(30));
	}

	@Test
	void killingTheServiceOutrightStillStopsItsElasticsearchNode() throws Exception {
		Path data = dataDir();
		GuifanProcess serve = start(data, "serve", "--port=0");
		serve.awaitPort();
		NodeProcess node = NodeProcess.of(data);
		assertThat(node.isAlive()).isTrue();

		serve.process().destroyForcibly(); // SIGKILL: no shutdown hook runs

		assertThat(serve.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
		node.assertGoneWithin(Duration.ofSeconds(60));
	}

	@Test
	void aCrashedElasticsearchNodeIsStartedAgainAndSearchesAnswerAgain() throws Exception {
		Path data = dataDir();
		GuifanProcess demo = start(data, "demo", "--port=0");
		// Two node starts on a busy machine: generous waits.
		Http http = new Http(demo.awaitPort(Duration.ofMinutes(6)));
		awaitSearch(http, "占道经营", Duration.ofMinutes(3));
		NodeProcess crashed = NodeProcess.of(data);

		// The whole node dies at once, as with the OOM killer: no orderly shutdown.
		new ProcessBuilder("kill", "-KILL", "--", "-" + crashed.pid()).start().waitFor();
		crashed.assertGoneWithin(Duration.ofSeconds(30));

		JsonNode result = awaitSearch(http, "占道经营", Duration.ofMinutes(6));
		assertThat(result.get("hits").get(0).get("title").asString()).contains("占道经营");
		NodeProcess restarted = NodeProcess.of(data);
		assertThat(restarted.pid()).isNotEqualTo(crashed.pid());
		assertThat(restarted.isAlive()).isTrue();
		assertThat(demo.process().isAlive()).isTrue();
	}

	@Test
	void theScriptStartsAJvmThatExitsWhenOutOfMemory() throws Exception {
		// A java that prints its arguments: the script's command line, not a real start.
		Path javaHome = this.tmp.resolve("jdk");
		Path java = javaHome.resolve("bin/java");
		Files.createDirectories(java.getParent());
		Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
		assertThat(java.toFile().setExecutable(true)).isTrue();
		ProcessBuilder builder = new ProcessBuilder(Path.of("..", "guifan").toAbsolutePath().normalize().toString(),
				"--version")
			.redirectErrorStream(true);
		builder.environment().put("JAVA_HOME", javaHome.toString());
		builder.environment().remove("GUIFAN_JAVA_OPTS");
		Process script = builder.start();
		this.started.add(script);
		assertThat(script.waitFor(60, TimeUnit.SECONDS)).isTrue();
		String line = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(line).contains("-XX:+ExitOnOutOfMemoryError").contains("-Xmx1g").contains("guifan.jar --version");
	}

	@Test
	void ingestPrintsProgressAndASummaryNamingTheSkippedFiles() throws Exception {
		Path data = dataDir();
		Path files = this.tmp.resolve("files");
		TestFiles.text(files, "notice.txt", TestFiles.NOTICE);
		TestFiles.docx(files, "sub/notice.docx", TestFiles.NOTICE.replace("12号", "13号"));
		TestFiles.empty(files, "empty.txt");
		TestFiles.binaryNamedPdf(files, "binary.pdf");

		GuifanProcess ingest = start(data, "ingest", files.toString());
		int exit = ingest.awaitExit(EACH_COMMAND_SECONDS);
		String out = ingest.output();

		assertThat(exit).as(out).isZero();
		assertThat(out).contains("导入完成")
			.contains("读取文件 4 个：新入库 2")
			.contains("跳过 2")
			.contains("empty.txt")
			.contains("[EMPTY_FILE]")
			.contains("binary.pdf");
		assertThat(NodeProcess.running(data)).as("the node it started is stopped when it exits").isFalse();

		GuifanProcess again = start(data, "ingest", files.toString());
		again.awaitExit(EACH_COMMAND_SECONDS);
		assertThat(again.output()).contains("新入库 0").contains("重复 2");

		GuifanProcess reindex = start(data, "reindex");
		int reindexExit = reindex.awaitExit(EACH_COMMAND_SECONDS);
		String reindexed = reindex.output();
		assertThat(reindexExit).as(reindexed).isZero();
		assertThat(reindexed).contains("重建索引：").contains("索引已重建并切换").contains("2 个文件");

		// A department checks a draft against what was just ingested, service or not.
		Path draft = TestFiles.text(this.tmp, "draft.txt",
				"根据青政办〔2021〕12号印发的《青禾县人民政府办公室关于印发〈青禾县城区占道经营管理办法〉的通知》（青政办〔2021〕12号）" + "和《青禾县不存在的规定》，制定本办法。");
		GuifanProcess check = start(data, "check", "--date=2022-01-01", draft.toString(),
				this.tmp.resolve("missing.docx").toString());
		int checkExit = check.awaitExit(EACH_COMMAND_SECONDS);
		String checked = check.output();
		assertThat(checked).contains("共 2 处引用", "[可以引用]", "[登记库未收录]", "《青禾县不存在的规定》", "missing.docx");
		assertThat(checkExit).as(checked).isEqualTo(1);
		GuifanProcess clean = start(data, "check", "--date=2022-01-01", draft.toString());
		assertThat(clean.awaitExit(EACH_COMMAND_SECONDS)).as("a citation needs attention").isEqualTo(3);
	}

	private static Path dataDir() {
		// Under target/ rather than /tmp: the node's service user must be able to enter
		// it.
		return GuifanProcess.dataDir("process-it");
	}

	private GuifanProcess start(Path data, String... args) {
		GuifanProcess process = GuifanProcess.start(data, "512m", Map.of(), args);
		this.started.add(process.process());
		return process;
	}

	private static JsonNode awaitSearch(Http http, String query) throws InterruptedException {
		return awaitSearch(http, query, Duration.ofSeconds(120));
	}

	private static JsonNode awaitSearch(Http http, String query, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			var response = http.get("/api/v1/documents?q=" + Http.encode(query));
			if (response.statusCode() == 200) {
				JsonNode body = JsonMapper.builder().build().readTree(response.body());
				if (body.get("total").asLong() > 0) {
					return body;
				}
			}
			Thread.sleep(500);
		}
		throw new AssertionError("no search result for " + query + " within " + timeout.toSeconds() + " s");
	}

	/** The Elasticsearch node a process started, as recorded in its node.json. */
	private record NodeProcess(long pid, String nodeRoot) {

		static NodeProcess of(Path data) throws IOException {
			JsonNode state = JsonMapper.builder().build().readTree(data.resolve("elasticsearch/node.json").toFile());
			return new NodeProcess(state.get("pid").asLong(), state.get("nodeRoot").asString());
		}

		static boolean running(Path data) throws IOException {
			return Files.exists(data.resolve("elasticsearch/node.json")) && of(data).isAlive();
		}

		boolean isAlive() throws IOException {
			return ProcessHandle.of(this.pid).map(ProcessHandle::isAlive).orElse(false) || processesNamingRoot() > 0;
		}

		void assertGoneWithin(Duration timeout) throws Exception {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (System.nanoTime() < deadline) {
				if (!isAlive()) {
					return;
				}
				Thread.sleep(250);
			}
			throw new AssertionError("Elasticsearch (pid " + this.pid + ", " + this.nodeRoot + ") still runs after "
					+ timeout.toSeconds() + " s");
		}

		private long processesNamingRoot() throws IOException {
			try (var procs = Files.list(Path.of("/proc"))) {
				return procs.filter((p) -> p.getFileName().toString().matches("\\d+")).filter((p) -> {
					try {
						String cmdline = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
						String stat = Files.readString(p.resolve("stat"));
						return cmdline.contains(this.nodeRoot) && !stat.contains(") Z ");
					}
					catch (IOException ex) {
						return false;
					}
				}).count();
			}
		}

	}

}
