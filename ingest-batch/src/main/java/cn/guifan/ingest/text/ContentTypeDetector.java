package cn.guifan.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * Detects a file's type once, quickly for the common case.
 * <p>
 * Tika's magic detection runs about a thousand patterns over the head of a file and costs
 * as much as parsing a plain-text law (~0.8 ms). Most files are text named as such (.txt,
 * .md, .html): when the name says so and the first bytes are text (no control bytes,
 * valid UTF-8 or a GB encoding), that is the type. Anything else (binary bytes under a
 * text name, other extensions) goes through Tika's full detection. A type already
 * detected and recorded in the metadata is returned as is, so the parser does not detect
 * a second time.
 */
final class ContentTypeDetector implements Detector {

	/**
	 * Metadata key under which a detected type is recorded for the parse that follows.
	 */
	static final String DETECTED = "guifan:detected-type";

	private static final int HEAD = 8192;

	private static final Map<String, MediaType> TEXT_EXTENSIONS = Map.of("txt", MediaType.TEXT_PLAIN, "text",
			MediaType.TEXT_PLAIN, "md", MediaType.parse("text/x-web-markdown"), "markdown",
			MediaType.parse("text/x-web-markdown"), "htm", MediaType.TEXT_HTML, "html", MediaType.TEXT_HTML);

	private final Detector tika = new DefaultDetector();

	@Override
	public MediaType detect(InputStream input, Metadata metadata) throws IOException {
		String recorded = metadata.get(DETECTED);
		if (recorded != null) {
			return MediaType.parse(recorded);
		}
		MediaType byName = textTypeByName(metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY));
		if (byName != null && input != null && looksLikeText(input)) {
			return byName;
		}
		return this.tika.detect(input, metadata);
	}

	private static @Nullable MediaType textTypeByName(@Nullable String name) {
		if (name == null) {
			return null;
		}
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? null : TEXT_EXTENSIONS.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether the head of the stream is text: a UTF-16 byte-order mark, or no NUL or
	 * other control bytes but tab, CR, LF, FF, ESC and SUB (the end-of-file mark of DOS).
	 */
	static boolean looksLikeText(InputStream input) throws IOException {
		input.mark(HEAD);
		try {
			byte[] head = input.readNBytes(HEAD);
			if (head.length == 0) {
				return false;
			}
			if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
					|| (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
				return true;
			}
			for (byte b : head) {
				int c = b & 0xFF;
				if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B && c != 0x1A) {
					return false;
				}
			}
			return true;
		}
		finally {
			input.reset();
		}
	}

}
