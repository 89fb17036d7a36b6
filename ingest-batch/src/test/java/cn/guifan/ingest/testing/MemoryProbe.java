package cn.guifan.ingest.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.guifan.ingest.source.ArchiveExpander;
import cn.guifan.ingest.source.ExtractionResult;
import cn.guifan.ingest.source.SourceExtractor;
import cn.guifan.ingest.text.OcrSettings;
import cn.guifan.ingest.text.ReadLimits;
import cn.guifan.ingest.text.TextExtractor;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Big inputs for the memory tests, and the program that reads them in a child JVM with a
 * small heap: {@code MemoryProbe FILE WORKDIR} extracts every item of FILE with
 * {@link SourceExtractor} (OCR off), keeps nothing, and prints one line
 * {@code items=N read=N refused=N chars=N millis=N peakHeapMb=N}.
 */
public final class MemoryProbe {

	private MemoryProbe() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		Path work = Path.of(args[1]);
		TextExtractor text = new TextExtractor(ReadLimits.DEFAULT, OcrSettings.DISABLED);
		SourceExtractor extractor = new SourceExtractor(text, new ArchiveExpander(ReadLimits.DEFAULT, work));
		AtomicInteger read = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		AtomicLong chars = new AtomicLong();
		long start = System.nanoTime();
		int items = extractor.extract(file, (result) -> {
			if (result instanceof ExtractionResult.Read r) {
				read.incrementAndGet();
				chars.addAndGet(r.text().text().length());
			}
			else if (result instanceof ExtractionResult.Refused r) {
				refused.incrementAndGet();
				System.err.println(r.reason().getMessage());
			}
		});
		long millis = (System.nanoTime() - start) / 1_000_000;
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		System.out.printf("items=%d read=%d refused=%d chars=%d millis=%d peakHeapMb=%d%n", items, read.get(),
				refused.get(), chars.get(), millis, peak / (1024 * 1024));
	}

	/**
	 * A PDF of about {@code megabytes} MB: pages of Chinese text, each with a 768 KB
	 * uncompressed photo-like image (random pixels), as scanned attachments make PDFs
	 * big. Written through a temporary file, never whole in memory.
	 */
	public static Path bigPdf(Path file, int megabytes) throws IOException {
		int width = 512;
		int height = 512;
		int imageBytes = width * height * 3;
		int pages = Math.max(1, (int) ((long) megabytes * 1024 * 1024 / imageBytes));
		SplittableRandom random = new SplittableRandom(42);
		byte[] pixels = new byte[imageBytes];
		try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
			for (int p = 1; p <= pages; p++) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				PDStream image = new PDStream(document);
				for (int i = 0; i < pixels.length; i += 8) {
					long v = random.nextLong();
					for (int j = 0; j < 8 && i + j < pixels.length; j++) {
						pixels[i + j] = (byte) (v >>> (8 * j));
					}
				}
				try (OutputStream out = image.createOutputStream()) {
					out.write(pixels);
				}
				COSDictionary imageDict = image.getCOSObject();
				imageDict.setItem(COSName.TYPE, COSName.XOBJECT);
				imageDict.setItem(COSName.SUBTYPE, COSName.IMAGE);
				imageDict.setInt(COSName.WIDTH, width);
				imageDict.setInt(COSName.HEIGHT, height);
				imageDict.setInt(COSName.BITS_PER_COMPONENT, 8);
				imageDict.setItem(COSName.COLORSPACE, COSName.DEVICERGB);
				COSDictionary fonts = new COSDictionary();
				fonts.setItem(COSName.getPDFName("F1"), Formats.stSongLight());
				COSDictionary xobjects = new COSDictionary();
				xobjects.setItem(COSName.getPDFName("Im1"), imageDict);
				COSDictionary resources = new COSDictionary();
				resources.setItem(COSName.FONT, fonts);
				resources.setItem(COSName.XOBJECT, xobjects);
				page.setResources(new PDResources(resources));
				PDStream content = new PDStream(document);
				try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
					out.write(("q 400 0 0 400 100 100 cm /Im1 Do Q\n"
							+ Formats.showText("第" + p + "页 青禾县人民政府办公室关于印发城区占道经营管理办法的通知\n第一条 为了规范城区占道经营行为，制定本办法。"))
						.getBytes(StandardCharsets.US_ASCII));
				}
				page.setContents(content);
			}
			document.save(file.toFile());
		}
		return file;
	}

	/** A zip of {@code count} small text files, in folders of 100. */
	public static Path manyFilesZip(Path file, int count) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (int i = 0; i < count; i++) {
				zip.putNextEntry(new ZipEntry(String.format("批次%03d/通知%05d.txt", i / 100, i)));
				zip.write(("青政办〔2021〕" + i + "号\n青禾县人民政府办公室关于印发第" + i + "号办法的通知\n第一条 本办法自印发之日起施行。\n")
					.getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return file;
	}

}
