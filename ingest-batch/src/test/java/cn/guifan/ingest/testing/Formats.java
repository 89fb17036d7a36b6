package cn.guifan.ingest.testing;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.element.Paragraph;

/**
 * Real files of the formats government sites publish, written at test time with the
 * libraries that write them: PDF with Chinese text (PDFBox), a scan (a Java2D rendering
 * of Chinese text in the Noto CJK font of fonts-noto-cjk, as an image or as an image-only
 * PDF), OFD (ofdrw), encrypted PDF and docx, zip archives. Formats no Java library writes
 * (.doc, .wps) are fixtures made by {@code scripts/make-format-fixtures}.
 */
public final class Formats {

	private Formats() {
	}

	/**
	 * A PDF with a text layer: each line of {@code content} on the page. The font is the
	 * way many Chinese PDFs carry text: Adobe's standard CJK font STSong-Light, not
	 * embedded, with the UniGB-UCS2-H encoding (each character's UCS-2 code). PDFBox
	 * cannot embed the Noto CJK fonts (CFF outlines in a collection).
	 */
	public static Path pdf(Path dir, String name, String content) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			COSDictionary fonts = new COSDictionary();
			fonts.setItem(COSName.getPDFName("F1"), stSongLight());
			COSDictionary resources = new COSDictionary();
			resources.setItem(COSName.FONT, fonts);
			page.setResources(new PDResources(resources));
			PDStream stream = new PDStream(document);
			try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
				out.write(showText(content).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			}
			page.setContents(stream);
			document.save(file.toFile());
		}
		return file;
	}

	/** Content-stream operators that show each line in font F1 (UCS-2 codes). */
	public static String showText(String content) {
		StringBuilder operators = new StringBuilder("BT /F1 11 Tf 16 TL 50 780 Td\n");
		for (String line : content.split("\n")) {
			operators.append('<');
			for (char c : line.toCharArray()) {
				operators.append(String.format("%04X", (int) c));
			}
			operators.append("> Tj T*\n");
		}
		return operators.append("ET\n").toString();
	}

	/** The Type 0 font STSong-Light-UniGB-UCS2-H, not embedded. */
	public static COSDictionary stSongLight() {
		COSDictionary info = new COSDictionary();
		info.setString(COSName.REGISTRY, "Adobe");
		info.setString(COSName.ORDERING, "GB1");
		info.setInt(COSName.SUPPLEMENT, 2);
		COSDictionary descriptor = new COSDictionary();
		descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
		descriptor.setName(COSName.FONT_NAME, "STSong-Light");
		descriptor.setInt(COSName.FLAGS, 6);
		COSArray box = new COSArray();
		for (int v : new int[] { -25, -254, 1000, 880 }) {
			box.add(COSInteger.get(v));
		}
		descriptor.setItem(COSName.FONT_BBOX, box);
		descriptor.setInt(COSName.ITALIC_ANGLE, 0);
		descriptor.setInt(COSName.ASCENT, 880);
		descriptor.setInt(COSName.DESCENT, -120);
		descriptor.setInt(COSName.CAP_HEIGHT, 880);
		descriptor.setInt(COSName.STEM_V, 93);
		COSDictionary cidFont = new COSDictionary();
		cidFont.setItem(COSName.TYPE, COSName.FONT);
		cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
		cidFont.setName(COSName.BASE_FONT, "STSong-Light");
		cidFont.setItem(COSName.CIDSYSTEMINFO, info);
		cidFont.setItem(COSName.FONT_DESC, descriptor);
		cidFont.setInt(COSName.DW, 1000);
		COSArray descendants = new COSArray();
		descendants.add(cidFont);
		COSDictionary font = new COSDictionary();
		font.setItem(COSName.TYPE, COSName.FONT);
		font.setItem(COSName.SUBTYPE, COSName.TYPE0);
		font.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UCS2-H");
		font.setName(COSName.ENCODING, "UniGB-UCS2-H");
		font.setItem(COSName.DESCENDANT_FONTS, descendants);
		return font;
	}

	/** A PDF whose content needs the user password {@code secret}. */
	public static Path encryptedPdf(Path dir, String name, String content) throws IOException {
		Path plain = pdf(dir, name + ".plain", content);
		Path file = dir.resolve(name);
		try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(plain.toFile())) {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			document.save(file.toFile());
		}
		Files.delete(plain);
		return file;
	}

	/** A white page with black Chinese text, as a scanner would see it. */
	public static BufferedImage scan(List<String> lines) {
		int width = 1700;
		int lineHeight = 90;
		BufferedImage image = new BufferedImage(width, 120 + lines.size() * lineHeight, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			g.setColor(Color.BLACK);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setFont(new Font("Noto Sans CJK SC", Font.PLAIN, 56));
			int y = 100;
			for (String line : lines) {
				g.drawString(line, 80, y);
				y += lineHeight;
			}
		}
		finally {
			g.dispose();
		}
		return image;
	}

	/** A scan saved as an image file ({@code png}, {@code jpg}, {@code tiff}). */
	public static Path image(Path dir, String name, String format, List<String> lines) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		if (!ImageIO.write(scan(lines), format, file.toFile())) {
			throw new IOException("no ImageIO writer for " + format);
		}
		return file;
	}

	/**
	 * A PDF whose only page is an image of text: no text layer, as a scanner makes it.
	 */
	public static Path scannedPdf(Path dir, String name, List<String> lines) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		try (PDDocument document = new PDDocument()) {
			BufferedImage scan = scan(lines);
			PDImageXObject image = LosslessFactory.createFromImage(document, scan);
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			float scale = PDRectangle.A4.getWidth() / scan.getWidth();
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(image, 0, PDRectangle.A4.getHeight() - scan.getHeight() * scale,
						scan.getWidth() * scale, scan.getHeight() * scale);
			}
			document.save(file.toFile());
		}
		return file;
	}

	/** An OFD file written by ofdrw, one paragraph per line. */
	public static Path ofd(Path dir, String name, String content) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		try (OFDDoc document = new OFDDoc(file)) {
			for (String line : content.split("\n")) {
				if (!line.isBlank()) {
					document.add(new Paragraph(line, 4.0));
				}
			}
		}
		return file;
	}

	/** A .docx encrypted with the password {@code secret} (ECMA-376 agile encryption). */
	public static Path encryptedDocx(Path dir, String name, String content) throws Exception {
		Path plain = TestFiles.docx(dir, name + ".plain.docx", content);
		Path file = dir.resolve(name);
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("secret");
			try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
					OutputStream out = encryptor.getDataStream(fs)) {
				opc.save(out);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}
		Files.delete(plain);
		return file;
	}

	/** A fixture of {@code src/test/resources/formats} copied to {@code dir}. */
	public static Path fixture(Path dir, String fixture, String name) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		try (InputStream in = Formats.class.getResourceAsStream("/formats/" + fixture)) {
			if (in == null) {
				throw new IOException("missing fixture " + fixture + " (scripts/make-format-fixtures)");
			}
			Files.copy(in, file);
		}
		return file;
	}

	/** A zip archive builder. */
	public static ZipBuilder zip(Path dir, String name) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		return new ZipBuilder(file);
	}

	/** Writes a zip member by member. */
	public static final class ZipBuilder implements AutoCloseable {

		private final Path file;

		private final ZipOutputStream out;

		ZipBuilder(Path file) throws IOException {
			this.file = file;
			this.out = new ZipOutputStream(Files.newOutputStream(file));
		}

		public ZipBuilder add(String name, byte[] content) throws IOException {
			this.out.putNextEntry(new ZipEntry(name));
			this.out.write(content);
			this.out.closeEntry();
			return this;
		}

		public ZipBuilder add(String name, Path content) throws IOException {
			return add(name, Files.readAllBytes(content));
		}

		public ZipBuilder add(String name, String text) throws IOException {
			return add(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}

		/** A member of {@code size} zero bytes: compresses about 1000:1. */
		public ZipBuilder addZeros(String name, long size) throws IOException {
			this.out.putNextEntry(new ZipEntry(name));
			byte[] zeros = new byte[64 * 1024];
			for (long left = size; left > 0; left -= zeros.length) {
				this.out.write(zeros, 0, (int) Math.min(zeros.length, left));
			}
			this.out.closeEntry();
			return this;
		}

		public Path path() {
			return this.file;
		}

		@Override
		public void close() throws IOException {
			this.out.close();
		}

	}

}
