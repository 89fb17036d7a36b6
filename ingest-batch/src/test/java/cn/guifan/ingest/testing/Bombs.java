package cn.guifan.ingest.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files made to hurt a parser: small on disk, huge once read. Written as a stream, never
 * whole in memory.
 */
public final class Bombs {

	private static final String CONTENT_TYPES = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
			<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
			<Default Extension="xml" ContentType="application/xml"/>\
			<Override PartName="/word/document.xml" \
			ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
			</Types>""";

	private static final String RELS = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
			<Relationship Id="rId1" \
			Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
			Target="word/document.xml"/></Relationships>""";

	private Bombs() {
	}

	/**
	 * A .docx of about 1 MB whose {@code word/document.xml} expands to about
	 * {@code xmlMegabytes} MB of paragraphs of Chinese text (about a third of a byte of
	 * text per byte of XML).
	 */
	public static Path docx(Path file, int xmlMegabytes) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		byte[] paragraph = "<w:p><w:r><w:t>第一条 为了规范城区占道经营行为，维护市容环境卫生，制定本办法。</w:t></w:r></w:p>"
			.getBytes(StandardCharsets.UTF_8);
		long target = xmlMegabytes * 1024L * 1024;
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			entry(zip, "[Content_Types].xml", CONTENT_TYPES);
			entry(zip, "_rels/.rels", RELS);
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
					+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
				.getBytes(StandardCharsets.UTF_8));
			byte[] block = new byte[paragraph.length * 1024];
			for (int i = 0; i < 1024; i++) {
				System.arraycopy(paragraph, 0, block, i * paragraph.length, paragraph.length);
			}
			for (long written = 0; written < target; written += block.length) {
				zip.write(block);
			}
			zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return file;
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		OutputStream out = zip;
		out.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
