package cn.guifan.registry.operations;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.guifan.managed.testing.TestElasticsearch;
import cn.guifan.registry.cli.ExitCodes;
import cn.guifan.registry.cli.GuifanCommand;
import cn.guifan.registry.support.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./guifan backup} and {@code restore} as an operator runs them: a backup of a
 * registry, a change after it, and the restore: the change is gone from the database and
 * from the search index, which is rebuilt from the restored registry. A backup that was
 * tampered with, or a data folder that holds data, is refused and left as it was.
 */
class BackupRestoreIT {

	private static final Pattern COUNT = Pattern.compile("\"count\":(\\d+)");

	@TempDir
	Path tmp;

	final String alias = "test-backup-" + System.nanoTime();

	@Test
	void aRestoreBringsBackTheBackupsRegistryAndSearch() throws Exception {
		List<Path> laws = Corpus.sampleOfLaws(7, 19);
		Path first = this.tmp.resolve("first");
		Path later = this.tmp.resolve("later");
		Corpus.linkInto(laws.subList(0, 4), first);
		Corpus.linkInto(laws.subList(4, 7), later);
		Path data = this.tmp.resolve("data");
		Path backup = this.tmp.resolve("backup");

		Run ingest = run(data, "ingest", first.toString());
		assertThat(ingest.code).as(ingest.err).isEqualTo(ExitCodes.OK);
		long before = indexed();
		assertThat(before).isPositive();
		List<String> exported = export(data, "before.jsonl");
		assertThat(exported).isNotEmpty();

		Run taken = run(data, "backup", backup.toString());
		assertThat(taken.code).as(taken.err).isEqualTo(ExitCodes.OK);
		assertThat(taken.out).contains("已备份到").contains("已逐一校验");
		assertThat(backup.resolve("manifest.json")).exists();
		assertThat(Files.readString(backup.resolve("manifest.json"))).containsPattern("\"document\" : [1-4]\\b");
		Run again = run(data, "backup", backup.toString());
		assertThat(again.code).isEqualTo(ExitCodes.FAILED);
		assertThat(again.err).contains("不是空的");

		Run change = run(data, "ingest", later.toString());
		assertThat(change.code).as(change.err).isEqualTo(ExitCodes.OK);
		long changed = indexed();
		assertThat(changed).isGreaterThan(before);

		Run refused = run(data, "restore", backup.toString());
		assertThat(refused.code).isEqualTo(ExitCodes.FAILED);
		assertThat(refused.err).contains("已有数据库或文件").contains("--force");

		Path tampered = this.tmp.resolve("tampered");
		copyTree(backup, tampered);
		try (Stream<Path> files = Files.walk(tampered.resolve("files"))) {
			Path victim = files.filter(Files::isRegularFile).findFirst().orElseThrow();
			Files.writeString(victim, "篡改", StandardOpenOption.APPEND);
		}
		Run bad = run(data, "restore", tampered.toString(), "--force");
		assertThat(bad.code).isEqualTo(ExitCodes.FAILED);
		assertThat(bad.err).contains("校验失败").contains("大小不符");
		assertThat(indexed()).as("a refused restore changes nothing").isEqualTo(changed);

		Run restored = run(data, "restore", backup.toString(), "--force");
		assertThat(restored.code).as(restored.out + restored.err).isEqualTo(ExitCodes.OK);
		assertThat(restored.out).contains("与清单一致").contains("before-restore-").contains("检索索引已重建");
		assertThat(indexed()).as("search answers the backup's state").isEqualTo(before);

		assertThat(export(data, "after.jsonl")).as("the registry holds the backup's documents, as they were")
			.isEqualTo(exported);
	}

	/** The registry's public documents, as {@code guifan export} writes them. */
	private List<String> export(Path data, String name) throws Exception {
		Path file = this.tmp.resolve(name);
		Run export = run(data, "export", "-o", file.toString());
		assertThat(export.code).as(export.err).isEqualTo(ExitCodes.OK);
		return Files.readAllLines(file);
	}

	/** Entries in the test's index alias, after a refresh. */
	private long indexed() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		URI base = TestElasticsearch.httpUri();
		http.send(HttpRequest.newBuilder(base.resolve("/" + this.alias + "/_refresh"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> count = http.send(
				HttpRequest.newBuilder(base.resolve("/" + this.alias + "/_count")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher m = COUNT.matcher(count.body());
		assertThat(m.find()).as(count.body()).isTrue();
		return Long.parseLong(m.group(1));
	}

	private static void copyTree(Path from, Path to) throws Exception {
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path path : walk.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target);
				}
			}
		}
	}

	private Run run(Path data, String... args) {
		PrintStream originalOut = System.out;
		PrintStream originalErr = System.err;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			String[] all = new String[args.length + 4];
			System.arraycopy(args, 0, all, 0, args.length);
			all[args.length] = "--data-dir=" + data;
			all[args.length + 1] = "--guifan.elasticsearch.uris=" + TestElasticsearch.httpUri();
			all[args.length + 2] = "--guifan.elasticsearch.alias=" + this.alias;
			all[args.length + 3] = "--guifan.ingest.ocr=false";
			int code = new CommandLine(new GuifanCommand()).execute(all);
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
