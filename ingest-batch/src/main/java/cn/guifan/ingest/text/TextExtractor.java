package cn.guifan.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import cn.guifan.schemas.document.SourceFile;
import org.jspecify.annotations.Nullable;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads the text out of a file with Apache Tika, and says precisely why when it cannot.
 * <p>
 * The file's digest is computed while Tika reads it, so each file is read from disk once.
 * Types Guifan does not read (images without OCR, spreadsheets, executables) are refused
 * by their detected type, not their name: a binary called {@code x.pdf} is reported as a
 * corrupt PDF. Thread-safe.
 */
public final class TextExtractor {

	private static final Set<String> TEXT_TYPES = Set.of("text/plain", "text/x-web-markdown", "text/markdown",
			"text/html", "application/xhtml+xml", "application/rtf", "text/rtf");

	private static final Set<String> OFFICE_TYPES = Set.of("application/pdf",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
			"application/x-tika-msoffice", "application/vnd.ms-works",
			"application/vnd.ms-word.document.macroenabled.12");

	private final ContentTypeDetector detector = new ContentTypeDetector();

	private final AutoDetectParser parser = new AutoDetectParser(this.detector);

	private final ReadLimits limits;

	public TextExtractor(ReadLimits limits) {
		this.limits = limits;
	}

	public TextExtractor() {
		this(ReadLimits.DEFAULT);
	}

	/**
	 * Reads a file on disk; {@code name} is how the run names it (a path relative to its
	 * root).
	 */
	public ExtractedText extract(Path file, String name) throws UnreadableFileException {
		return extract(file, name, null);
	}

	/**
	 * Reads a file whose SHA-256 the caller already computed (ingest does, to skip known
	 * files before parsing them).
	 */
	public ExtractedText extract(Path file, String name, @Nullable String knownSha256) throws UnreadableFileException {
		long size = checkReadable(file, name);
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
		BodyContentHandler handler = new BodyContentHandler(this.limits.maxTextChars());
		String mediaType;
		// From the path, so that parsers that need random access (PDF, OOXML) read the
		// file in
		// place instead of spooling a copy.
		try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
			MediaType detected = this.detector.detect(in, metadata);
			mediaType = detected.getBaseType().toString();
			if (!isSupported(detected)) {
				throw new UnreadableFileException(ReadError.UNSUPPORTED_TYPE, name,
						"检测到的类型为 " + mediaType + "，目前支持 txt、md、html、doc、docx、wps、pdf");
			}
			metadata.set(Metadata.CONTENT_TYPE, detected.toString());
			metadata.set(ContentTypeDetector.DETECTED, detected.toString());
			this.parser.parse(in, handler, metadata, new ParseContext());
		}
		catch (EncryptedDocumentException ex) {
			throw new UnreadableFileException(ReadError.ENCRYPTED, name, "文件设有密码，无法读取", ex);
		}
		catch (TikaException | SAXException ex) {
			if (WriteLimitReachedException.isWriteLimitReached(ex)) {
				throw new UnreadableFileException(ReadError.TOO_LARGE, name,
						"文字超过 " + this.limits.maxTextChars() + " 字的上限", ex);
			}
			throw new UnreadableFileException(ReadError.CORRUPT_FILE, name,
					"无法按 " + typeOf(metadata) + " 解析（" + rootMessage(ex) + "）", ex);
		}
		catch (IOException ex) {
			throw new UnreadableFileException(ReadError.IO_ERROR, name, rootMessage(ex), ex);
		}
		String text = TextCleaner.clean(handler.toString());
		if (text.isBlank()) {
			if (mediaType.equals("application/pdf")) {
				throw new UnreadableFileException(ReadError.NEEDS_OCR, name, "PDF 没有文字层（可能是扫描件）");
			}
			throw new UnreadableFileException(ReadError.NO_TEXT, name, "解析后没有文字");
		}
		String sha256 = (knownSha256 != null) ? knownSha256 : sha256(file, name);
		return new ExtractedText(text, new SourceFile(sha256, name, mediaType, size));
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
		return TEXT_TYPES.contains(base) || OFFICE_TYPES.contains(base)
				|| ("text".equals(type.getType()) && !base.equals("text/x-unknown"));
	}

	private static String typeOf(Metadata metadata) {
		String type = metadata.get(Metadata.CONTENT_TYPE);
		return (type != null) ? MediaType.parse(type).getBaseType().toString() : "未知类型";
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
