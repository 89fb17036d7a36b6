package cn.guifan.registry.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import cn.guifan.ingest.metadata.MetadataExtractor;
import cn.guifan.ingest.text.ExtractedText;
import cn.guifan.ingest.text.TextExtractor;
import cn.guifan.registry.support.Corpus;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The extraction benchmark: the corpus as .docx and as .pdf, read with both cores by (a)
 * Tika's bare text extraction ({@code AutoDetectParser}, text only) and (b) Guifan's
 * extraction (text and every metadata field), in the same run. Prints docs/s for both,
 * Guifan's time over Tika's, and the metadata stages' own cost per document. Target:
 * metadata costs less than 25% on top.
 * <p>
 * The .docx files are written from the corpus texts with POI, the .pdf files converted
 * from them by LibreOffice (as governments export them); both are made once and kept
 * under {@code target/bench/corpus-*}. Run with
 * {@code scripts/benchmark extraction [--files N]}.
 */
public final class ExtractionBenchmark {

	private static final int THREADS = 2;

	private ExtractionBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int limit = Options.intOption(args, "--files", Integer.MAX_VALUE);
		List<Path> laws = Corpus.lawFiles();
		laws = laws.subList(0, Math.min(limit, laws.size()));
		Path root = Path.of("target", "bench").toAbsolutePath();
		List<Path> docx = prepareDocx(laws, root.resolve("corpus-docx"));
		List<Path> pdf = preparePdf(docx, root.resolve("corpus-pdf"));
		System.out.printf("Extraction benchmark: %d documents as docx and pdf, %d threads%n", laws.size(), THREADS);
		TextExtractor extractor = new TextExtractor();
		MetadataExtractor metadata = MetadataExtractor.standard();
		AutoDetectParser tika = new AutoDetectParser();
		System.out.println();
		System.out.println(
				"| format | (a) Tika text docs/s | (b) Guifan text + metadata docs/s | (b) time / (a) time | metadata ms/doc | Tika ms/doc |");
		System.out.println("|---|---|---|---|---|---|");
		for (var format : List.of(new Format("docx", docx), new Format("pdf", pdf))) {
			// Warm up both on the format, then measure each twice, alternating; keep the
			// best.
			run(format.files(), (f) -> tikaText(tika, f), null);
			run(format.files(), (f) -> guifan(extractor, metadata, f, null), null);
			double tikaSeconds = Double.MAX_VALUE;
			double guifanSeconds = Double.MAX_VALUE;
			AtomicLong metadataNanos = new AtomicLong();
			for (int round = 0; round < 2; round++) {
				tikaSeconds = Math.min(tikaSeconds, run(format.files(), (f) -> tikaText(tika, f), null));
				metadataNanos.set(0);
				guifanSeconds = Math.min(guifanSeconds,
						run(format.files(), (f) -> guifan(extractor, metadata, f, metadataNanos), null));
			}
			int n = format.files().size();
			System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.2f | %.2f | %.2f |%n", format.name(),
					n / tikaSeconds, n / guifanSeconds, guifanSeconds / tikaSeconds, metadataNanos.get() / 1e6 / n,
					tikaSeconds * THREADS * 1000 / n);
		}
	}

	private record Format(String name, List<Path> files) {
	}

	@FunctionalInterface
	private interface Work {

		void on(Path file) throws Exception;

	}

	private static double run(List<Path> files, Work work, Object unused) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		long start = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (Path file : files) {
			futures.add(pool.submit(() -> {
				work.on(file);
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.MINUTES);
		return seconds;
	}

	private static void tikaText(AutoDetectParser tika, Path file) throws Exception {
		BodyContentHandler handler = new BodyContentHandler(-1);
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
		try (InputStream in = org.apache.tika.io.TikaInputStream.get(file)) {
			tika.parse(in, handler, metadata, new ParseContext());
		}
	}

	private static void guifan(TextExtractor extractor, MetadataExtractor metadata, Path file, AtomicLong metadataNanos)
			throws Exception {
		ExtractedText text = extractor.extract(file, file.getFileName().toString());
		long start = System.nanoTime();
		metadata.extract(text.text(), file.getFileName().toString());
		if (metadataNanos != null) {
			metadataNanos.addAndGet(System.nanoTime() - start);
		}
	}

	private static List<Path> prepareDocx(List<Path> laws, Path dir) throws IOException {
		Files.createDirectories(dir);
		List<Path> out = new ArrayList<>();
		for (int i = 0; i < laws.size(); i++) {
			Path target = dir.resolve(String.format("%04d.docx", i));
			if (!Files.exists(target)) {
				try (XWPFDocument document = new XWPFDocument(); OutputStream stream = Files.newOutputStream(target)) {
					for (String line : Files.readString(laws.get(i)).split("\n")) {
						document.createParagraph().createRun().setText(line.replaceFirst("^#+\\s*", ""));
					}
					document.write(stream);
				}
			}
			out.add(target);
		}
		return out;
	}

	private static List<Path> preparePdf(List<Path> docx, Path dir) throws Exception {
		Files.createDirectories(dir);
		List<Path> missing = new ArrayList<>();
		List<Path> out = new ArrayList<>();
		for (Path source : docx) {
			Path target = dir.resolve(source.getFileName().toString().replace(".docx", ".pdf"));
			out.add(target);
			if (!Files.exists(target)) {
				missing.add(source);
			}
		}
		for (int from = 0; from < missing.size(); from += 200) {
			List<String> command = new ArrayList<>(
					List.of("soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir.toString()));
			missing.subList(from, Math.min(from + 200, missing.size())).forEach((p) -> command.add(p.toString()));
			System.out.printf("converting %d of %d files to pdf with LibreOffice…%n",
					Math.min(from + 200, missing.size()), missing.size());
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
				throw new IllegalStateException("LibreOffice could not convert the corpus to pdf");
			}
		}
		return out;
	}

}
