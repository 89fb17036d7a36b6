package cn.guifan.ingest.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real files of the formats ingest reads, written on the fly: a notice as GB/T 9704 lays
 * it out, in .txt, .md, .html and .docx, plus the bad files a run meets in the wild.
 */
public final class TestFiles {

	public static final String NOTICE = """
			青禾县人民政府办公室文件

			青政办〔2021〕12号

			青禾县人民政府办公室关于印发《青禾县城区占道经营管理办法》的通知

			各乡镇人民政府，县政府各部门：

			《青禾县城区占道经营管理办法》已经县政府同意，现印发给你们，请认真贯彻执行。

			第一条 为了规范城区占道经营行为，维护市容环境卫生，根据《城市市容和环境卫生管理条例》，制定本办法。

			第二条 本办法自2021年5月1日起施行，有效期5年。

			青禾县人民政府办公室
			二〇二一年三月十五日

			（此件公开发布）
			""";

	private TestFiles() {
	}

	public static Path text(Path dir, String name, String content) throws IOException {
		return text(dir, name, content, StandardCharsets.UTF_8);
	}

	public static Path text(Path dir, String name, String content, Charset charset) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, charset);
		return file;
	}

	public static Path html(Path dir, String name, String title, String body) throws IOException {
		String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
				+ body.lines().map((l) -> "<p>" + l + "</p>").reduce("", String::concat) + "</body></html>";
		return text(dir, name, html);
	}

	public static Path docx(Path dir, String name, String content) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			for (String line : content.split("\n")) {
				document.createParagraph().createRun().setText(line);
			}
			document.write(out);
		}
		return file;
	}

	/** A .docx whose zip is cut in half. */
	public static Path corruptDocx(Path dir, String name) throws IOException {
		Path good = docx(dir, name + ".tmp", NOTICE);
		byte[] bytes = Files.readAllBytes(good);
		Files.delete(good);
		Path file = dir.resolve(name);
		Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		return file;
	}

	/** Random bytes under a .pdf name. */
	public static Path binaryNamedPdf(Path dir, String name) throws IOException {
		byte[] bytes = new byte[4096];
		new java.util.Random(42).nextBytes(bytes);
		bytes[0] = 0x7f;
		bytes[1] = 'E';
		bytes[2] = 'L';
		bytes[3] = 'F';
		Path file = dir.resolve(name);
		Files.write(file, bytes);
		return file;
	}

	public static Path empty(Path dir, String name) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.write(file, new byte[0]);
		return file;
	}

}
