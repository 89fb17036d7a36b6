package cn.guifan.registry.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import org.jspecify.annotations.Nullable;

/**
 * Text set in a PDF's faces character by character, so that a character never reaches a
 * face that cannot embed it (which would make the whole PDF fail when it is closed, or,
 * for a character the face lacks, drop it silently): such a character is set in the other
 * face when that one can embed it, else replaced by 〓 (the typesetter's mark for a
 * missing character). Both are counted, per character, for the note at the end of the
 * file and the log. One per PDF.
 */
final class PdfText {

	/**
	 * 〓 (GETA MARK), which Chinese and Japanese typesetting print for a missing
	 * character.
	 */
	static final int MISSING = 0x3013;

	/** At most this many characters are named in the note. */
	private static final int NAMED = 30;

	private final List<CjkFonts.Face> faces;

	private final Map<Integer, Integer> fallback = new TreeMap<>();

	private final Map<Integer, Integer> missing = new TreeMap<>();

	PdfText(CjkFonts.Faces faces) {
		this.faces = faces.text().font().equals(faces.heading().font()) ? List.of(faces.text())
				: List.of(faces.text(), faces.heading());
		learn(Character.toString(MISSING));
	}

	/**
	 * Whether a character prints as a glyph (spaces, controls, format characters and
	 * combining marks are left to the font as they come: a face without them only leaves
	 * them out).
	 */
	static boolean visible(int codePoint) {
		if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
				|| Character.isISOControl(codePoint)) {
			return false;
		}
		int type = Character.getType(codePoint);
		return type != Character.FORMAT && type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
				&& type != Character.COMBINING_SPACING_MARK && type != Character.SURROGATE;
	}

	/**
	 * Tries the characters of a text in every face at once (a document before its parts).
	 */
	void learn(String text) {
		for (CjkFonts.Face face : this.faces) {
			face.glyphs().learn(text);
		}
	}

	/**
	 * A phrase of {@code text} in {@code font}, with whatever it cannot embed set apart.
	 */
	Phrase phrase(String text, Font font) {
		Phrase phrase = new Phrase("", font);
		phrase.addAll(chunks(text, font));
		return phrase;
	}

	/** The runs of {@code text}, each a chunk in the font that embeds it. */
	List<Chunk> chunks(String text, Font font) {
		learn(text);
		CjkFonts.Face primary = face(font.getBaseFont());
		List<Chunk> chunks = new ArrayList<>(1);
		StringBuilder run = new StringBuilder(text.length());
		Font runFont = font;
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			Font chosen = font;
			int printed = cp;
			if (primary != null && visible(cp) && !primary.glyphs().embeds(cp)) {
				CjkFonts.Face other = other(primary, cp);
				if (other != null) {
					chosen = new Font(other.font(), font.getSize(), font.getStyle(), font.getColor());
					this.fallback.merge(cp, 1, Integer::sum);
				}
				else {
					printed = primary.glyphs().embeds(MISSING) ? MISSING : '?';
					this.missing.merge(cp, 1, Integer::sum);
				}
			}
			if (chosen.getBaseFont() != runFont.getBaseFont() && !run.isEmpty()) {
				chunks.add(new Chunk(run.toString(), runFont));
				run.setLength(0);
			}
			runFont = chosen;
			run.appendCodePoint(printed);
		}
		if (!run.isEmpty() || chunks.isEmpty()) {
			chunks.add(new Chunk(run.toString(), runFont));
		}
		return chunks;
	}

	private CjkFonts.@Nullable Face face(@Nullable BaseFont font) {
		for (CjkFonts.Face face : this.faces) {
			if (face.font() == font) {
				return face;
			}
		}
		return null;
	}

	private CjkFonts.@Nullable Face other(CjkFonts.Face primary, int codePoint) {
		for (CjkFonts.Face face : this.faces) {
			if (face != primary && face.glyphs().embeds(codePoint)) {
				return face;
			}
		}
		return null;
	}

	/** Characters set in the other face, with how often. */
	Map<Integer, Integer> fallback() {
		return Map.copyOf(this.fallback);
	}

	/** Characters replaced by 〓, with how often. */
	Map<Integer, Integer> missing() {
		return Map.copyOf(this.missing);
	}

	/** What the reader is told about the characters set apart, or null when none was. */
	@Nullable String note() {
		if (this.fallback.isEmpty() && this.missing.isEmpty()) {
			return null;
		}
		StringBuilder note = new StringBuilder("字形说明：");
		if (!this.fallback.isEmpty()) {
			note.append("正文字体无法嵌入的字符")
				.append(total(this.fallback))
				.append("处改用另一字体排印（")
				.append(named(this.fallback, true))
				.append("）");
		}
		if (!this.missing.isEmpty()) {
			note.append(this.fallback.isEmpty() ? "" : "；")
				.append("各字体均无字形的字符")
				.append(total(this.missing))
				.append("处以“〓”代替（")
				.append(named(this.missing, false))
				.append("）");
		}
		return note.append("。").toString();
	}

	private static int total(Map<Integer, Integer> counts) {
		return counts.values().stream().mapToInt(Integer::intValue).sum();
	}

	private static String named(Map<Integer, Integer> counts, boolean printable) {
		StringBuilder out = new StringBuilder();
		int n = 0;
		for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
			if (n == NAMED) {
				out.append("等").append(counts.size()).append("个字符");
				break;
			}
			out.append((n > 0) ? "、" : "");
			if (printable) {
				out.appendCodePoint(e.getKey()).append(' ');
			}
			out.append(String.format(Locale.ROOT, "U+%04X ", e.getKey())).append(e.getValue()).append("处");
			n++;
		}
		return out.toString();
	}

}
