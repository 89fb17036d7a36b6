package cn.guifan.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import cn.guifan.ingest.timing.StageEvent;
import cn.guifan.schemas.document.SourceFile;
import org.apache.tika.config.ServiceLoader;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/**
 * Reads the text out of one file with Apache Tika, and says precisely why when it cannot.
 * <p>
 * What it reads (see docs/formats.md): txt and md (UTF-8 with or without BOM, GBK,
 * GB18030, see {@link ChineseEncodingDetector}), html (table cells kept apart, see
 * {@link TableCellHandler}), doc, docx, wps (Kingsoft WPS Writer files are Word binary
 * files), rtf, pdf with a text layer, scanned pdf and images through Tesseract OCR, and
 * ofd ({@link OfdParser}). Types are detected from the content, not the name: a docx
 * called {@code x.pdf} is read as a docx, a binary called {@code x.txt} is refused. Zip
 * archives are not read here: the caller expands them (see
 * {@code cn.guifan.ingest.source.SourceItems}).
 * <p>
 * Each parse runs under a {@link ParseWatchdog} and is abandoned after
 * {@link ReadLimits#parseTimeout()}, except text and HTML files of up to 4 MB, whose
 * parsers are linear and are run in the caller's thread. The file's digest is computed
 * separately (callers usually have it already). Thread-safe.
 */
public final class TextExtractor {

	private static final Logger logger = LoggerFactory.getLogger(TextExtractor.class);

	private static final Set<String> TEXT_TYPES = Set.of("text/plain", "text/x-web-markdown", "text/markdown",
			"text/html", "application/xhtml+xml", "application/rtf", "text/rtf");

	private static final Set<String> DOCUMENT_TYPES = Set.of("application/pdf",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
			"application/x-tika-msoffice", "application/vnd.ms-word.document.macroenabled.12",
			OfdDetector.OFD.toString());

	private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/tiff", "image/bmp",
			"image/x-ms-bmp", "image/gif");

	private static final Set<String> ENCRYPTED_TYPES = Set.of("application/x-tika-ooxml-protected",
			"application/x-tika-ooxml-encrypted");

	private static final Set<String> ARCHIVE_TYPES = Set.of("application/zip", "application/x-rar-compressed",
			"application/vnd.rar", "application/x-7z-compressed", "application/x-tar", "application/gzip",
			"application/x-gzip", "application/x-bzip2");

	/** Text and HTML up to this size are parsed in the caller's thread. */
	static final long INLINE_TEXT_BYTES = 4L * 1024 * 1024;

	private static final String SUPPORTED = "目前支持 txt、md、html、doc、docx、wps、pdf、ofd、rtf、图片（png、jpg、tiff）和 zip 压缩包";

	private final ContentTypeDetector detector = new ContentTypeDetector();

	private final EncodingDetector encodings = new ChineseEncodingDetector();

	private final AutoDetectParser parser;

	/**
	 * The same for the text types read inline (plain text, Markdown, HTML, RTF), over
	 * only their own parsers: a composite parser asks every parser it holds for its types
	 * on every parse ({@code CompositeParser.getParsers}), and over all of Tika's that
	 * was a quarter of reading a small text file (JFR of the ingest benchmark's parsing
	 * threads).
	 */
	private final AutoDetectParser textParser;

	private final ReadLimits limits;

	private final OcrSettings ocr;

	/** Tesseract, when it is installed with the language's data and OCR is on. */
	private final @Nullable Parser ocrParser;

	private final @Nullable String ocrMissing;

	private final ParseWatchdog watchdog;

	public TextExtractor(ReadLimits limits, OcrSettings ocr) {
		this.limits = limits;
		this.ocr = ocr;
		this.watchdog = new ParseWatchdog(limits.parseTimeout(), limits.maxAbandonedParses());
		MediaTypeRegistry registry = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();
		TesseractOCRParser tesseract = new TesseractOCRParser();
		String missing = null;
		if (!ocr.enabled()) {
			missing = "文字识别已关闭";
		}
		else {
			if (ocr.tesseractPath() != null) {
				tesseract.setTesseractPath(ocr.tesseractPath().toString());
			}
			tesseract.setLanguage(ocr.language());
			tesseract.setPreloadLangs(true);
			missing = checkTesseract(tesseract, ocr.language());
		}
		this.ocrMissing = missing;
		List<Parser> parsers = new java.util.ArrayList<>();
		parsers
			.add(new DefaultParser(registry, new ServiceLoader(), List.of(TesseractOCRParser.class, OfdParser.class)));
		parsers.add(new OfdParser(limits));
		if (missing == null) {
			parsers.add(tesseract);
			// PDF pages are handed to OCR as image/ocr-* types; offering only those in
			// the parse context keeps images embedded in Word files from being OCRed too.
			Set<MediaType> pageTypes = tesseract.getSupportedTypes(new ParseContext())
				.stream()
				.filter((t) -> t.getSubtype().startsWith("ocr-"))
				.collect(Collectors.toSet());
			this.ocrParser = ParserDecorator.withTypes(tesseract, pageTypes);
		}
		else {
			this.ocrParser = null;
			logger.info("OCR unavailable ({}): scans and images will be reported as NEEDS_OCR", missing);
		}
		CompositeParser all = new CompositeParser(registry, parsers);
		this.parser = new AutoDetectParser(this.detector, all);
		this.textParser = new AutoDetectParser(this.detector,
				textTypeParsers(all, registry, parseContext()).toArray(Parser[]::new));
	}

	/**
	 * The parsers that read the text types: for each, the one the whole composite would
	 * reach (through composites such as Tika's default parser, and a type's supertypes:
	 * Markdown is read as plain text).
	 */
	static List<Parser> textTypeParsers(CompositeParser all, MediaTypeRegistry registry, ParseContext context) {
		List<Parser> picked = new ArrayList<>();
		for (String type : TEXT_TYPES) {
			Parser parser = all;
			while (parser instanceof CompositeParser composite) {
				Map<MediaType, Parser> byType = composite.getParsers(context);
				Parser next = null;
				for (MediaType t = registry.normalize(MediaType.parse(type)); t != null
						&& next == null; t = registry.getSupertype(t)) {
					next = byType.get(t);
				}
				parser = next;
			}
			if (parser != null && !picked.contains(parser)) {
				picked.add(parser);
			}
		}
		return picked;
	}

	/** The parsers the text types are read with ({@link #textTypeParsers}). */
	List<Parser> textParsers() {
		return List.copyOf(this.textParser.getAllComponentParsers());
	}

	public TextExtractor(ReadLimits limits) {
		this(limits, OcrSettings.DEFAULT);
	}

	public TextExtractor() {
		this(ReadLimits.DEFAULT);
	}

	public ReadLimits limits() {
		return this.limits;
	}

	/** Whether scans and images can be read: OCR is on and Tesseract is installed. */
	public boolean ocrAvailable() {
		return this.ocrParser != null;
	}

	/**
	 * Reads a file on disk; {@code name} is how the run names it (a path relative to its
	 * root, or {@code a.zip!/folder/b.docx} for a member of an archive). The last segment
	 * of the name, not the file on disk, is the name Tika sees.
	 */
	public ExtractedText extract(Path file, String name) throws UnreadableFileException {
		return extract(file, name, null);
	}

	/**
	 * Reads a file whose SHA-256 the caller already computed (ingest does, to skip known
	 * files before parsing them).
	 */
	public ExtractedText extract(Path file, String name, @Nullable String knownSha256) throws UnreadableFileException {
		return extract(file, name, knownSha256, this.limits.maxTextChars());
	}

	/**
	 * Reads a file whose text may not exceed {@code maxTextChars} (at most the limit of
	 * this extractor): the parse stops as soon as the text passes it, so a caller with a
	 * lower limit (the citation check of an upload) never holds more than it will accept.
	 */
	public ExtractedText extractUpTo(Path file, String name, int maxTextChars) throws UnreadableFileException {
		return extract(file, name, null, Math.min(maxTextChars, this.limits.maxTextChars()));
	}

	private ExtractedText extract(Path file, String name, @Nullable String knownSha256, int maxTextChars)
			throws UnreadableFileException {
		long size = checkReadable(file, name);
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, lastSegment(name));
		WriteOutContentHandler text = new WriteOutContentHandler(maxTextChars);
		String mediaType;
		// From the path, so that parsers that need random access (PDF, OOXML, OFD) read
		// the file in place instead of spooling a copy.
		StageEvent detecting = StageEvent.start(StageEvent.DETECT);
		StageEvent parsing;
		try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
			MediaType detected = this.detector.detect(in, metadata);
			mediaType = detected.getBaseType().toString();
			refuseUnreadable(detected, in, name);
			detecting.finish();
			parsing = StageEvent.start(StageEvent.PARSE);
			metadata.set(Metadata.CONTENT_TYPE, detected.toString());
			metadata.set(ContentTypeDetector.DETECTED, detected.toString());
			ParseContext context = parseContext();
			BodyContentHandler handler = new BodyContentHandler(new TableCellHandler(text,
					mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml")));
			if (size <= INLINE_TEXT_BYTES && TEXT_TYPES.contains(mediaType)) {
				// Plain text and HTML parsers are linear in their input: a few megabytes
				// cannot hang, and the thread hand-off (~20 µs) would cost as much as 5%
				// of parsing a small text file.
				parseInline(in, handler, metadata, context);
			}
			else {
				this.watchdog.run(() -> {
					this.parser.parse(in, handler, metadata, context);
					return null;
				}, () -> closeQuietly(in));
			}
		}
		catch (TimeoutException ex) {
			throw new UnreadableFileException(ReadError.TIMEOUT, name,
					"解析超过 " + this.limits.parseTimeout().toSeconds() + " 秒仍未完成，已放弃", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new UnreadableFileException(ReadError.IO_ERROR, name, "读取被中断", ex);
		}
		catch (ExecutionException ex) {
			throw classify((ex.getCause() != null) ? ex.getCause() : ex, name, metadata, maxTextChars);
		}
		catch (IOException ex) {
			throw new UnreadableFileException(ReadError.IO_ERROR, name, rootMessage(ex), ex);
		}
		String cleaned = TextCleaner.clean(text.toString());
		parsing.finish();
		if (cleaned.isBlank()) {
			if (mediaType.equals("application/pdf")) {
				if (this.ocrParser == null) {
					throw new UnreadableFileException(ReadError.NEEDS_OCR, name,
							"PDF 没有文字层（可能是扫描件），" + this.ocrMissing);
				}
				throw new UnreadableFileException(ReadError.NO_TEXT, name, "PDF 没有文字层，文字识别（OCR）也未识别出文字");
			}
			if (IMAGE_TYPES.contains(mediaType)) {
				throw new UnreadableFileException(ReadError.NO_TEXT, name, "图片中未识别出文字");
			}
			if (mediaType.equals("application/x-tika-msoffice")) {
				throw new UnreadableFileException(ReadError.UNSUPPORTED_TYPE, name,
						"无法识别的 Office 复合文档（OLE2），其中没有 Word 正文（早期金山 WPS 格式也是如此），请另存为 doc 或 docx");
			}
			throw new UnreadableFileException(ReadError.NO_TEXT, name, "解析后没有文字");
		}
		String sha256 = (knownSha256 != null) ? knownSha256 : sha256(file, name);
		return new ExtractedText(cleaned, new SourceFile(sha256, name, mediaType, size));
	}

	private void parseInline(TikaInputStream in, BodyContentHandler handler, Metadata metadata, ParseContext context)
			throws ExecutionException {
		try {
			this.textParser.parse(in, handler, metadata, context);
		}
		catch (IOException | SAXException | TikaException | RuntimeException ex) {
			throw new ExecutionException(ex);
		}
	}

	private ParseContext parseContext() {
		ParseContext context = new ParseContext();
		context.set(EncodingDetector.class, this.encodings);
		PDFParserConfig pdf = new PDFParserConfig();
		// Scratch memory for big PDFs beyond this goes to a temporary file.
		pdf.setMaxMainMemoryBytes(64L * 1024 * 1024);
		if (this.ocrParser != null) {
			pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
			pdf.setOcrDPI(this.ocr.dpi());
			context.set(Parser.class, this.ocrParser);
			TesseractOCRConfig tesseract = new TesseractOCRConfig();
			tesseract.setLanguage(this.ocr.language());
			tesseract.setTimeoutSeconds(
					(int) Math.max(1, Math.min(Integer.MAX_VALUE, this.limits.parseTimeout().toSeconds())));
			context.set(TesseractOCRConfig.class, tesseract);
		}
		else {
			pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
		}
		context.set(PDFParserConfig.class, pdf);
		// Word files are streamed: the default reader builds the whole document.xml as a
		// tree before it writes a character, so a 1 MB docx whose XML expands to 600 MB
		// took the process out of memory before the text limit could stop it. The
		// streaming reader stops at the limit.
		OfficeParserConfig office = new OfficeParserConfig();
		office.setUseSAXDocxExtractor(true);
		context.set(OfficeParserConfig.class, office);
		return context;
	}

	/** Refuses, before parsing, what cannot be read. */
	private void refuseUnreadable(MediaType detected, TikaInputStream in, String name)
			throws UnreadableFileException, IOException {
		String base = detected.getBaseType().toString();
		if (ENCRYPTED_TYPES.contains(base)) {
			throw new UnreadableFileException(ReadError.ENCRYPTED, name, "Office 文件设有密码，无法读取");
		}
		if (ARCHIVE_TYPES.contains(base)) {
			throw new UnreadableFileException(ReadError.UNSUPPORTED_TYPE, name,
					base.equals("application/zip") ? "zip 压缩包须先展开，不能作为单个文件读取" : "检测到的类型为压缩包 " + base + "，" + SUPPORTED);
		}
		if (base.equals("application/vnd.ms-works")) {
			// Tika's name for .wps files that are not Word binary files.
			throw new UnreadableFileException(ReadError.UNSUPPORTED_TYPE, name,
					"Microsoft Works 文档或早期金山 WPS 格式（WPS 2000 及更早）不受支持，请用 WPS 或 LibreOffice 另存为 doc 或 docx");
		}
		if (IMAGE_TYPES.contains(base)) {
			if (this.ocrParser == null) {
				throw new UnreadableFileException(ReadError.NEEDS_OCR, name, "图片中的文字需要文字识别，" + this.ocrMissing);
			}
			return;
		}
		if (!isSupported(detected)) {
			throw new UnreadableFileException(ReadError.UNSUPPORTED_TYPE, name, "检测到的类型为 " + base + "，" + SUPPORTED);
		}
		if (base.startsWith("text/") && !ContentTypeDetector.looksLikeText(in)) {
			throw new UnreadableFileException(ReadError.UNSUPPORTED_TYPE, name, "文件名表明是文本文件，内容却是二进制数据");
		}
	}

	private UnreadableFileException classify(Throwable failure, String name, Metadata metadata, int maxTextChars) {
		if (failure instanceof Error error) {
			throw error;
		}
		UnreadableFileException cause = find(failure, UnreadableFileException.class);
		if (cause != null) {
			return new UnreadableFileException(cause.error(), name, cause.detail(), failure);
		}
		if (find(failure, EncryptedDocumentException.class) != null
				|| find(failure, org.apache.poi.EncryptedDocumentException.class) != null) {
			return new UnreadableFileException(ReadError.ENCRYPTED, name, "文件设有密码，无法读取", failure);
		}
		if (WriteLimitReachedException.isWriteLimitReached(failure)) {
			return new UnreadableFileException(ReadError.TOO_LARGE, name, "文字超过 " + maxTextChars + " 字的上限", failure);
		}
		if (failure instanceof TikaException || failure instanceof SAXException
				|| failure instanceof RuntimeException) {
			return new UnreadableFileException(ReadError.CORRUPT_FILE, name,
					"无法按 " + typeOf(metadata) + " 解析（" + rootMessage(failure) + "）", failure);
		}
		return new UnreadableFileException(ReadError.IO_ERROR, name, rootMessage(failure), failure);
	}

	private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
		for (Throwable t = failure; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

	private static @Nullable String checkTesseract(TesseractOCRParser tesseract, String language) {
		try {
			tesseract.initialize(java.util.Map.of());
			if (!tesseract.hasTesseract()) {
				return "本机未安装 Tesseract（Debian：apt-get install tesseract-ocr tesseract-ocr-chi-sim）";
			}
		}
		catch (TikaException ex) {
			return "Tesseract 无法使用（" + rootMessage(ex) + "）";
		}
		Set<String> installed = tesseract.getLangs();
		for (String lang : language.split("\\+")) {
			if (!installed.isEmpty() && !installed.contains(lang)) {
				return "Tesseract 缺少语言包 " + lang + "（Debian：apt-get install tesseract-ocr-" + lang.replace('_', '-')
						+ "）";
			}
		}
		return null;
	}

	private long checkReadable(Path file, String name) throws UnreadableFileException {
		if (!Files.isRegularFile(file)) {
			throw new UnreadableFileException(ReadError.NOT_FOUND, name, "找不到文件 " + file);
		}
		long size;
		try {
			size = Files.size(file);
		}
		catch (IOException ex) {
			throw new UnreadableFileException(ReadError.IO_ERROR, name, rootMessage(ex), ex);
		}
		if (size == 0) {
			throw new UnreadableFileException(ReadError.EMPTY_FILE, name, "文件大小为 0 字节");
		}
		if (size > this.limits.maxFileBytes()) {
			throw new UnreadableFileException(ReadError.TOO_LARGE, name,
					"文件大小 " + size + " 字节，上限为 " + this.limits.maxFileBytes() + " 字节");
		}
		return size;
	}

	private static boolean isSupported(MediaType type) {
		String base = type.getBaseType().toString();
		return TEXT_TYPES.contains(base) || DOCUMENT_TYPES.contains(base)
				|| ("text".equals(type.getType()) && !base.equals("text/x-unknown"));
	}

	private static String typeOf(Metadata metadata) {
		String type = metadata.get(Metadata.CONTENT_TYPE);
		return (type != null) ? MediaType.parse(type).getBaseType().toString() : "未知类型";
	}

	static String lastSegment(String name) {
		int slash = name.lastIndexOf('/');
		return (slash < 0) ? name : name.substring(slash + 1);
	}

	private static void closeQuietly(InputStream in) {
		try {
			in.close();
		}
		catch (IOException | RuntimeException ex) {
			// The parse is being abandoned; its stream may be in any state.
		}
	}

	static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return root.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

	/** The lower-case hex SHA-256 of a file's bytes, read in a stream. */
	public static String sha256(Path file, String name) throws UnreadableFileException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException ex) {
			throw new UnreadableFileException(ReadError.IO_ERROR, name, rootMessage(ex), ex);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}
