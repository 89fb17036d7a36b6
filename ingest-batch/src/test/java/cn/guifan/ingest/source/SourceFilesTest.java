package cn.guifan.ingest.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.guifan.ingest.testing.TestFiles;
import cn.guifan.ingest.text.ReadError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a folder holds besides documents, as folders in the wild do: links that lead out
 * of it, a manifest, lock and system files.
 */
class SourceFilesTest {

	@TempDir
	Path root;

	@TempDir
	Path elsewhere;

	@Test
	void aLinkOutOfTheFolderIsNeverFollowedALinkInsideIsRead() throws Exception {
		Path notice = TestFiles.text(this.root, "a/notice.txt", TestFiles.NOTICE);
		Path secret = TestFiles.text(this.elsewhere, "passwd", "root:x:0:0:root:/root:/bin/bash");
		Files.createSymbolicLink(this.root.resolve("passwd.txt"), secret);
		Files.createSymbolicLink(this.root.resolve("etc-passwd"), Path.of("/etc/passwd"));
		Files.createSymbolicLink(this.root.resolve("outside"), this.elsewhere);
		Files.createSymbolicLink(this.root.resolve("dangling.txt"), this.elsewhere.resolve("gone.txt"));
		Files.createSymbolicLink(this.root.resolve("same-notice.txt"), Path.of("a/notice.txt"));
		Files.createSymbolicLink(this.root.resolve("folder-a"), this.root.resolve("a"));

		Map<String, SourceFileItem> items = list(this.root);

		assertThat(items.keySet()).containsExactly("a/notice.txt", "dangling.txt", "etc-passwd", "outside",
				"passwd.txt", "same-notice.txt");
		for (String name : List.of("dangling.txt", "etc-passwd", "outside", "passwd.txt")) {
			assertThat(items.get(name).refusal()).as(name).isNotNull();
			assertThat(items.get(name).refusal().error()).isEqualTo(ReadError.LINK_OUTSIDE);
		}
		assertThat(items.get("passwd.txt").refusal().getMessage()).contains("导入目录之外").contains(secret.toString());
		assertThat(items.get("same-notice.txt").refusal()).isNull();
		assertThat(items.get("same-notice.txt").path()).isEqualTo(notice.toRealPath());
	}

	@Test
	void aFolderNamedThroughALinkIsListedWhereItIs() throws Exception {
		TestFiles.text(this.elsewhere, "notice.txt", TestFiles.NOTICE);
		Path link = Files.createSymbolicLink(this.root.resolve("inbox"), this.elsewhere);

		assertThat(list(link)).containsOnlyKeys("notice.txt")
			.allSatisfy((name, item) -> assertThat(item.refusal()).isNull());
	}

	@Test
	void clutterIsLeftOutAndDataFilesAreReportedAsNoDocuments() throws Exception {
		TestFiles.text(this.root, "notice.txt", TestFiles.NOTICE);
		TestFiles.text(this.root, "manifest.jsonl", "{\"title\":\"中华人民共和国宪法\"}\n");
		TestFiles.text(this.root, "清单.csv", "标题,文号\n");
		TestFiles.text(this.root, "notice.txt~", TestFiles.NOTICE);
		TestFiles.text(this.root, "~$notice.docx", "owner");
		TestFiles.text(this.root, ".~lock.notice.docx#", "lock");
		TestFiles.text(this.root, ".DS_Store", "litter");
		TestFiles.text(this.root, "Thumbs.db", "litter");
		TestFiles.text(this.root, "sub/desktop.ini", "litter");
		TestFiles.text(this.root, ".git/config", "litter");

		Map<String, SourceFileItem> items = list(this.root);

		assertThat(items.keySet()).containsExactly("manifest.jsonl", "notice.txt", "notice.txt~", "清单.csv");
		assertThat(items.get("notice.txt").refusal()).isNull();
		for (String name : List.of("manifest.jsonl", "notice.txt~", "清单.csv")) {
			assertThat(items.get(name).refusal().error()).as(name).isEqualTo(ReadError.NOT_A_DOCUMENT);
		}
		assertThat(items.get("manifest.jsonl").refusal().getMessage()).contains(".jsonl").contains("未导入");
	}

	private static Map<String, SourceFileItem> list(Path root) {
		Map<String, SourceFileItem> items = new LinkedHashMap<>();
		SourceFiles.list(root).forEach((item) -> items.put(item.name(), item));
		return items;
	}

}
