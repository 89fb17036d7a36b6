package cn.guifan.registry.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import cn.guifan.schemas.text.ChineseText;

/**
 * A digest of what a text says, blind to spaces, line breaks and character widths, so the
 * same document read from two files (a .txt and a .md, a page and its attachment) is
 * recognized.
 */
final class TextFingerprint {

	private TextFingerprint() {
	}

	static String of(String text) {
		String canonical = ChineseText.removeSpaces(ChineseText.foldWidth(text));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
