package cn.guifan.ingest.source;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.guifan.ingest.testing.Formats;
import cn.guifan.ingest.testing.TestFiles;
import cn.guifan.ingest.text.OcrSettings;
import cn.guifan.ingest.text.ReadError;
import cn.guifan.ingest.text.ReadLimits;
import cn.guifan.ingest.text.TextExtractor;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zip archives as government sites and mail attachments have them: folders, nested
 * archives, GBK member names, Mac and Windows litter; and the hostile ones: bombs, too
 * many members, too deep, path traversal, encrypted and corrupt members.
 */
class ArchivesTest {

	private static final TextExtractor text = new TextExtractor(ReadLimits.DEFAULT, OcrSettings.DISABLED);

	@TempDir
	Path dir;

	@TempDir
	Path work;

	@Test
	void membersAreItemsNamedAfterTheirArchiveNestedOnesToo() throws Exception {
		Path docx = TestFiles.docx(this.dir, "src/b.docx", TestFiles.NOTICE);
		Path pdf = Formats.pdf(this.dir, "src/c.pdf", TestFiles.NOTICE.replace("12号", "13号"));
		Path inner;
		try (var zip = Formats.zip(this.dir, "src/inner.zip")) {
			inner = zip.add("c.pdf", pdf).path();
		}
		Path archive;
		try (var zip = Formats.zip(this.dir, "in/a.zip")) {
			archive = zip.add("folder/b.docx", docx)
				.add("inner.zip", inner)
				.add("说明.txt", "青禾县人民政府办公室关于印发办法的通知")
				.add("__MACOSX/folder/._b.docx", "litter")
				.add("folder/.DS_Store", "litter")
				.path();
		}
		Map<String, ExtractionResult> results = extract(archive, ReadLimits.DEFAULT);
		assertThat(results.keySet()).containsExactly("a.zip!/folder/b.docx", "a.zip!/inner.zip!/c.pdf",
				"a.zip!/说明.txt");
		assertThat(results.values()).allSatisfy((r) -> assertThat(r).isInstanceOf(ExtractionResult.Read.class));
		ExtractionResult.Read pdfMember = (ExtractionResult.Read) results.get("a.zip!/inner.zip!/c.pdf");
		assertThat(pdfMember.text().text()).contains("青政办〔2021〕13号");
		assertThat(pdfMember.text().source().fileName()).isEqualTo("a.zip!/inner.zip!/c.pdf");
		assertThat(pdfMember.text().source().mediaType()).isEqualTo("application/pdf");
		assertThat(this.work).isEmptyDirectory();
	}

	@Test
	void gbkMemberNamesWithoutTheUtf8FlagAreDecoded() throws Exception {
		Path archive = this.dir.resolve("gbk.zip");
		try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(archive.toFile())) {
			zip.setEncoding("GBK");
			zip.setUseLanguageEncodingFlag(false);
			zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
			zip.putArchiveEntry(new ZipArchiveEntry("规范性文件/通知.txt"));
			zip.write("青禾县人民政府办公室关于印发办法的通知".getBytes(StandardCharsets.UTF_8));
			zip.closeArchiveEntry();
		}
		assertThat(extract(archive, ReadLimits.DEFAULT)).containsOnlyKeys("gbk.zip!/规范性文件/通知.txt");
	}

	@Test
	void aZipBombIsRefusedAsAWholeAndNothingOfItIsKept() throws Exception {
		Path bomb;
		try (var zip = Formats.zip(this.dir, "bomb.zip")) {
			bomb = zip.add("readme.txt", "通知").addZeros("zeros.txt", 20L * 1024 * 1024).path();
		}
		assertThat(Files.size(bomb)).isLessThan(100_000);
		Map<String, ExtractionResult> results = extract(bomb, ReadLimits.DEFAULT);
		assertRefused(results, "bomb.zip", ReadError.ARCHIVE_LIMIT, "压缩比超过 100:1");
		assertThat(this.work).isEmptyDirectory();
	}

	@Test
	void tooManyMembersTooManyBytesTooDeep() throws Exception {
		Path many;
		try (var zip = Formats.zip(this.dir, "many.zip")) {
			for (int i = 0; i < 10; i++) {
				zip.add(i + ".txt", "通知" + i);
			}
			many = zip.path();
		}
		assertRefused(extract(many, ReadLimits.DEFAULT.withArchiveLimits(5, 1 << 30, 100, 3)), "many.zip",
				ReadError.ARCHIVE_LIMIT, "成员超过 5 个");
		assertRefused(extract(many, ReadLimits.DEFAULT.withArchiveLimits(100, 20, 100, 3)), "many.zip",
				ReadError.ARCHIVE_LIMIT, "解压后超过 20 字节");

		Path level3;
		try (var zip = Formats.zip(this.dir, "l3.zip")) {
			level3 = zip.add("a.txt", "通知").path();
		}
		Path level2;
		try (var zip = Formats.zip(this.dir, "l2.zip")) {
			level2 = zip.add("l3.zip", level3).path();
		}
		Path level1;
		try (var zip = Formats.zip(this.dir, "l1.zip")) {
			level1 = zip.add("l2.zip", level2).path();
		}
		assertRefused(extract(level1, ReadLimits.DEFAULT.withArchiveLimits(100, 1 << 30, 100, 2)), "l1.zip",
				ReadError.ARCHIVE_LIMIT, "嵌套超过 2 层");
		assertThat(extract(level1, ReadLimits.DEFAULT)).containsOnlyKeys("l1.zip!/l2.zip!/l3.zip!/a.txt");
	}

	@Test
	void badMembersAreReportedAndTheOthersRead() throws Exception {
		Path archive = this.dir.resolve("mixed.zip");
		try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(archive.toFile())) {
			add(zip, "../../etc/evil.txt", "越界");
			add(zip, "secret.txt", "加密");
			add(zip, "broken.zip", "PK\u0003\u0004 not really a zip");
			add(zip, "good.txt", "青禾县人民政府办公室关于印发办法的通知");
		}
		flagEncrypted(archive, "secret.txt");
		Map<String, ExtractionResult> results = extract(archive, ReadLimits.DEFAULT);
		assertRefused(results, "mixed.zip!/../../etc/evil.txt", ReadError.ARCHIVE_LIMIT, "路径不安全");
		assertRefused(results, "mixed.zip!/secret.txt", ReadError.ENCRYPTED, "密码");
		assertThat(results.get("mixed.zip!/broken.zip")).isInstanceOf(ExtractionResult.Refused.class);
		assertThat(results.get("mixed.zip!/good.txt")).isInstanceOf(ExtractionResult.Read.class);
		assertThat(Files.exists(this.dir.resolve("etc/evil.txt"))).isFalse();
		assertThat(Files.exists(this.dir.getParent().resolve("etc/evil.txt"))).isFalse();
	}

	@Test
	void aDocxOrOfdNamedZipIsADocumentNotAnArchive() throws Exception {
		Path docx = TestFiles.docx(this.dir, "notice.zip", TestFiles.NOTICE);
		Path ofd = Formats.ofd(this.dir, "notice2.zip", TestFiles.NOTICE);
		assertThat(ArchiveExpander.isArchive(docx)).isFalse();
		assertThat(ArchiveExpander.isArchive(ofd)).isFalse();
		assertThat(extract(docx, ReadLimits.DEFAULT).get("notice.zip")).isInstanceOf(ExtractionResult.Read.class);
	}

	@Test
	void aDirectoryWithArchivesResumesInsideAnArchive() throws Exception {
		TestFiles.text(this.dir, "1.txt", "通知一");
		try (var zip = Formats.zip(this.dir, "2.zip")) {
			zip.add("a.txt", "通知二甲").add("b.txt", "通知二乙").add("c.txt", "通知二丙");
		}
		TestFiles.text(this.dir, "3.txt", "通知三");
		ArchiveExpander expander = new ArchiveExpander(ReadLimits.DEFAULT, this.work);
		SourceItems.Position stop;
		try (SourceItems items = new SourceItems(this.dir, expander, true)) {
			assertThat(items.next().name()).isEqualTo("1.txt");
			assertThat(items.next().name()).isEqualTo("2.zip!/a.txt");
			stop = items.position();
		}
		List<String> rest = new ArrayList<>();
		try (SourceItems items = new SourceItems(this.dir, expander, true)) {
			items.skipTo(stop);
			for (SourceFileItem item = items.next(); item != null; item = items.next()) {
				rest.add(item.name());
			}
		}
		assertThat(rest).containsExactly("2.zip!/b.txt", "2.zip!/c.txt", "3.txt");
	}

	private Map<String, ExtractionResult> extract(Path file, ReadLimits limits) {
		Map<String, ExtractionResult> results = new LinkedHashMap<>();
		new SourceExtractor(text, new ArchiveExpander(limits, this.work)).extract(file,
				(r) -> results.put(r.name(), r));
		return results;
	}

	private static void assertRefused(Map<String, ExtractionResult> results, String name, ReadError error,
			String detail) {
		assertThat(results).containsKey(name);
		assertThat(results.get(name)).isInstanceOfSatisfying(ExtractionResult.Refused.class, (r) -> {
			assertThat(r.reason().error()).isEqualTo(error);
			assertThat(r.reason().file()).isEqualTo(name);
			assertThat(r.reason().getMessage()).contains(detail);
		});
	}

	private static void add(ZipArchiveOutputStream zip, String name, String content) throws Exception {
		zip.putArchiveEntry(new ZipArchiveEntry(name));
		OutputStream out = zip;
		out.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeArchiveEntry();
	}

	/**
	 * Sets the "encrypted" flag that a password-protected member carries, in its local
	 * and central headers (no Java library writes encrypted zips; the member is refused
	 * on the flag, before its bytes are read).
	 */
	private static void flagEncrypted(Path archive, String member) throws Exception {
		byte[] zip = Files.readAllBytes(archive);
		byte[] name = member.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i + 46 + name.length <= zip.length; i++) {
			if (zip[i] == 'P' && zip[i + 1] == 'K') {
				if (zip[i + 2] == 3 && zip[i + 3] == 4 && matches(zip, i + 30, name)) {
					zip[i + 6] |= 1;
				}
				if (zip[i + 2] == 1 && zip[i + 3] == 2 && matches(zip, i + 46, name)) {
					zip[i + 8] |= 1;
				}
			}
		}
		Files.write(archive, zip);
	}

	private static boolean matches(byte[] bytes, int at, byte[] expected) {
		for (int j = 0; j < expected.length; j++) {
			if (bytes[at + j] != expected[j]) {
				return false;
			}
		}
		return true;
	}

}
