package cn.guifan.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;
import org.apache.tika.parser.txt.UniversalEncodingDetector;
import org.jspecify.annotations.Nullable;

/**
 * The charset of a text or HTML file, reliable for short Chinese texts where statistical
 * detectors guess wrong (a 30-character GBK notice is often taken for Big5 or
 * windows-1252).
 * <p>
 * In order: a byte-order mark; bytes that are valid UTF-8 and look like it (multi-byte
 * UTF-8 is rarely valid by accident, but a few GBK characters are: 通知 in GBK is valid
 * UTF-8 for two Hebrew and Greek letters, so UTF-8 whose only non-ASCII characters are
 * two-byte ones outside the Latin letters is not taken for UTF-8 when it also decodes as
 * GB18030); for HTML, the charset the page declares (GB2312 and GBK read as their
 * superset GB18030); bytes that decode as GB18030 without an error; and only then Tika's
 * statistical detectors. The head of the file is examined (up to {@value #HEAD} bytes), a
 * multi-byte sequence cut at its end is allowed.
 * <p>
 * Known limit: Big5 (traditional Chinese from Taiwan and Hong Kong) also decodes as
 * GB18030 without an error, so a Big5 text without a declared charset is read as GB18030
 * and comes out garbled.
 */
final class ChineseEncodingDetector implements EncodingDetector {

	static final int HEAD = 256 * 1024;

	static final Charset GB18030 = Charset.forName("GB18030");

	private final HtmlEncodingDetector html = new HtmlEncodingDetector();

	private final UniversalEncodingDetector universal = new UniversalEncodingDetector();

	private final Icu4jEncodingDetector icu = new Icu4jEncodingDetector();

	@Override
	public @Nullable Charset detect(@Nullable InputStream input, Metadata metadata) throws IOException {
		if (input == null) {
			return null;
		}
		input.mark(HEAD);
		byte[] head;
		try {
			head = input.readNBytes(HEAD);
		}
		finally {
			input.reset();
		}
		Charset bom = byBom(head);
		if (bom != null) {
			return bom;
		}
		if (isUtf8(head)) {
			return StandardCharsets.UTF_8;
		}
		if (isHtml(metadata)) {
			Charset declared = this.html.detect(input, metadata);
			if (declared != null) {
				return widen(declared);
			}
		}
		if (decodes(head, GB18030)) {
			return GB18030;
		}
		Charset guess = this.universal.detect(input, metadata);
		return (guess != null) ? widen(guess) : this.icu.detect(input, metadata);
	}

	/** The charset of some bytes by the same rules, for callers outside Tika. */
	static Charset detect(byte[] head) {
		Charset bom = byBom(head);
		if (bom != null) {
			return bom;
		}
		return isUtf8(head) ? StandardCharsets.UTF_8 : GB18030;
	}

	/**
	 * Valid UTF-8 that is not more plausibly GB18030: it has a character of three or more
	 * bytes (all of Chinese), or its two-byte characters are Latin letters, or it does
	 * not decode as GB18030.
	 */
	static boolean isUtf8(byte[] head) {
		if (!decodes(head, StandardCharsets.UTF_8)) {
			return false;
		}
		String text = new String(head, StandardCharsets.UTF_8);
		boolean onlyLatin = true;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x800 && c != '\uFFFD') {
				return true;
			}
			if (c >= 0x80 && (c < 0xA0 || c > 0x24F)) {
				onlyLatin = false;
			}
		}
		return onlyLatin || !decodes(head, GB18030);
	}

	static @Nullable Charset byBom(byte[] head) {
		if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			return StandardCharsets.UTF_8;
		}
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			return StandardCharsets.UTF_16LE;
		}
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	/**
	 * Whether the bytes decode in the charset without a malformed or unmappable sequence;
	 * an incomplete sequence at the very end (the head was cut there) is allowed.
	 */
	static boolean decodes(byte[] bytes, Charset charset) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(8192);
		while (true) {
			CoderResult result = decoder.decode(in, out, false);
			if (result.isError()) {
				return false;
			}
			if (result.isUnderflow()) {
				// Whatever is left is the start of a sequence cut by the end of the head.
				return in.remaining() < 4;
			}
			out.clear();
		}
	}

	/**
	 * Reads GB2312 and GBK files as GB18030, which holds both and never fails on them.
	 */
	private static Charset widen(Charset charset) {
		String name = charset.name().toUpperCase(Locale.ROOT);
		if (name.equals("GB2312") || name.equals("GBK") || name.equals("EUC-CN") || name.equals("X-EUC-CN")) {
			return GB18030;
		}
		return charset;
	}

	private static boolean isHtml(Metadata metadata) {
		String type = metadata.get(Metadata.CONTENT_TYPE);
		return type != null && (type.startsWith("text/html") || type.startsWith("application/xhtml"));
	}

}
