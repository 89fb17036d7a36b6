package cn.guifan.registry.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import cn.guifan.schemas.text.ChineseText;

/**
 * A digest of what a text says, blind to spaces, line breaks and character widths, so the
 * same document read from two files (a .txt and a .md, a page and its attachment) is
 * recognized.
 * <p>
 * The digest is SHA-256 of the UTF-8 bytes of the text with widths folded
 * ({@link ChineseText#foldWidth}) and then every space removed
 * ({@link ChineseText#removeSpaces}); registries store it, so it never changes. It is
 * computed in one pass without building those two strings: every ingested text goes
 * through here, and the copies were a tenth of the storing thread's time.
 */
final class TextFingerprint {

	private static final byte UNENCODABLE = '?';

	private TextFingerprint() {
	}

	static String of(String text) {
		Utf8Digest digest = new Utf8Digest();
		for (int i = 0; i < text.length(); i++) {
			char c = ChineseText.foldWidth(text.charAt(i));
			if (!ChineseText.isSpace(c)) {
				digest.add(c);
			}
		}
		return HexFormat.of().formatHex(digest.finish());
	}

	/**
	 * Encodes characters to UTF-8 as {@link String#getBytes} does (a surrogate without
	 * its other half becomes {@code ?}) into a buffer that feeds the digest.
	 */
	private static final class Utf8Digest {

		private final MessageDigest sha256;

		private final byte[] buffer = new byte[8192];

		private int length;

		/** A high surrogate waiting for the character after it. */
		private char high;

		Utf8Digest() {
			try {
				this.sha256 = MessageDigest.getInstance("SHA-256");
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
			}
		}

		void add(char c) {
			if (this.high != 0) {
				char pending = this.high;
				this.high = 0;
				if (Character.isLowSurrogate(c)) {
					put4(Character.toCodePoint(pending, c));
					return;
				}
				put(UNENCODABLE);
			}
			if (c < 0x80) {
				put((byte) c);
			}
			else if (c < 0x800) {
				put((byte) (0xC0 | (c >> 6)));
				put((byte) (0x80 | (c & 0x3F)));
			}
			else if (Character.isHighSurrogate(c)) {
				this.high = c;
			}
			else if (Character.isLowSurrogate(c)) {
				put(UNENCODABLE);
			}
			else {
				put((byte) (0xE0 | (c >> 12)));
				put((byte) (0x80 | ((c >> 6) & 0x3F)));
				put((byte) (0x80 | (c & 0x3F)));
			}
		}

		byte[] finish() {
			if (this.high != 0) {
				this.high = 0;
				put(UNENCODABLE);
			}
			this.sha256.update(this.buffer, 0, this.length);
			return this.sha256.digest();
		}

		private void put4(int codePoint) {
			put((byte) (0xF0 | (codePoint >> 18)));
			put((byte) (0x80 | ((codePoint >> 12) & 0x3F)));
			put((byte) (0x80 | ((codePoint >> 6) & 0x3F)));
			put((byte) (0x80 | (codePoint & 0x3F)));
		}

		private void put(byte b) {
			if (this.length == this.buffer.length) {
				this.sha256.update(this.buffer, 0, this.length);
				this.length = 0;
			}
			this.buffer[this.length++] = b;
		}

	}

}
