package cn.guifan.registry.export;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.CFFFontSubset;
import com.lowagie.text.pdf.RandomAccessFileOrArray;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which characters one face can really embed in a PDF: those it has a glyph for and whose
 * glyph OpenPDF's subsetter can copy. OpenPDF subsets a CFF-flavoured face (Noto Serif
 * CJK) only when the PDF is closed, and a glyph whose charstring its parser misreads
 * makes the close fail (鲈 U+9C88 in Noto Serif CJK SC Regular: "Index 65845 out of bounds
 * for length 3242", in {@code CFFFontSubset.ReadASubr}), losing the whole file however
 * long it took to write. So each character is tried before it is first used: the new
 * characters of a text are subset together, once, and when that fails they are split in
 * halves until the ones that fail are found. What is learnt is kept for the life of the
 * face (every PDF shares it), so a collection pays for a character once.
 */
final class EmbeddableGlyphs {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddableGlyphs.class);

	private final BaseFont font;

	private final Subsetter subsetter;

	private final BitSet good = new BitSet();

	private final BitSet bad = new BitSet();

	EmbeddableGlyphs(BaseFont font, Subsetter subsetter) {
		this.font = font;
		this.subsetter = subsetter;
	}

	/**
	 * The glyphs of a face loaded from {@code file} (face {@code index} of a collection):
	 * for a CFF-flavoured face, checked with OpenPDF's CFF subsetter; a TrueType face's
	 * glyphs are taken as they are.
	 */
	static EmbeddableGlyphs of(BaseFont font, Path file, int index) {
		Subsetter subsetter = CffSubsetter.of(font, file, index);
		return new EmbeddableGlyphs(font, (subsetter != null) ? subsetter : codePoints -> true);
	}

	/** Tries the characters of {@code text} not tried yet, all at once. */
	synchronized void learn(String text) {
		List<Integer> unknown = new ArrayList<>();
		BitSet seen = new BitSet();
		text.codePoints().forEach(cp -> {
			if (!this.good.get(cp) && !this.bad.get(cp) && !seen.get(cp) && PdfText.visible(cp)) {
				seen.set(cp);
				if (this.font.charExists(cp)) {
					unknown.add(cp);
				}
				else {
					this.bad.set(cp);
				}
			}
		});
		if (!unknown.isEmpty()) {
			sort(unknown);
		}
	}

	private void sort(List<Integer> codePoints) {
		if (this.subsetter.subsets(codePoints)) {
			codePoints.forEach(this.good::set);
			return;
		}
		if (codePoints.size() == 1) {
			int cp = codePoints.get(0);
			logger.warn("The PDF font cannot embed {} ({}): its glyph breaks OpenPDF's subsetter",
					String.format(Locale.ROOT, "U+%04X", cp), Character.toString(cp));
			this.bad.set(cp);
			return;
		}
		int half = codePoints.size() / 2;
		sort(codePoints.subList(0, half));
		sort(codePoints.subList(half, codePoints.size()));
	}

	/** Whether the face can embed the character; {@link #learn} it first. */
	synchronized boolean embeds(int codePoint) {
		return this.good.get(codePoint);
	}

	/** Subsets a face to some characters, as writing a PDF would. */
	@FunctionalInterface
	interface Subsetter {

		/** Whether a subset of just these characters (and .notdef) can be made. */
		boolean subsets(List<Integer> codePoints);

	}

	/**
	 * OpenPDF's own CFF subsetter on the face's {@code CFF } table, with the glyphs the
	 * font maps the characters to, as {@code TrueTypeFontUnicode.writeFont} does when a
	 * PDF is closed. The table (20 MB or so for a CJK face) is read when needed and kept
	 * only as long as memory allows.
	 */
	static final class CffSubsetter implements Subsetter {

		private final BaseFont font;

		private final Path file;

		private final int index;

		private final Method metrics;

		private SoftReference<byte @Nullable []> table = new SoftReference<>(null);

		private CffSubsetter(BaseFont font, Path file, int index, Method metrics) {
			this.font = font;
			this.file = file;
			this.index = index;
			this.metrics = metrics;
		}

		static @Nullable CffSubsetter of(BaseFont font, Path file, int index) {
			try {
				if (!hasCffTable(file, index)) {
					return null;
				}
				// The glyph a character maps to: public, on a class that is not.
				Method metrics = font.getClass().getMethod("getMetricsTT", int.class);
				metrics.setAccessible(true);
				return new CffSubsetter(font, file, index, metrics);
			}
			catch (IOException | ReflectiveOperationException | RuntimeException ex) {
				logger.warn("Cannot check which glyphs of {} embed ({}); characters are used unchecked", file,
						ex.toString());
				return null;
			}
		}

		@Override
		public boolean subsets(List<Integer> codePoints) {
			try {
				byte[] cff = table();
				HashMap<Integer, int[]> glyphs = new HashMap<>();
				glyphs.put(0, new int[] { 0, 0, 0 });
				for (int cp : codePoints) {
					int[] metric = (int[]) this.metrics.invoke(this.font, cp);
					if (metric != null) {
						glyphs.put(metric[0], new int[] { metric[0], metric[1], cp });
					}
				}
				CFFFontSubset subset = new CFFFontSubset(new RandomAccessFileOrArray(cff), glyphs);
				subset.Process(subset.getNames()[0]);
				return true;
			}
			catch (IOException | InvocationTargetException | IllegalAccessException | RuntimeException ex) {
				return false;
			}
		}

		private synchronized byte[] table() throws IOException {
			byte[] cff = this.table.get();
			if (cff == null) {
				cff = cffTable(this.file, this.index);
				if (cff == null) {
					throw new IOException("no CFF table in " + this.file);
				}
				this.table = new SoftReference<>(cff);
			}
			return cff;
		}

		/**
		 * The {@code CFF } table of an OpenType font or of face {@code index} of a
		 * collection, or null for a TrueType face.
		 */
		static byte @Nullable [] cffTable(Path file, int index) throws IOException {
			try (FileChannel channel = FileChannel.open(file)) {
				ByteBuffer font = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
				int record = cffRecord(font, index);
				if (record < 0) {
					return null;
				}
				byte[] cff = new byte[font.getInt(record + 12)];
				font.get(font.getInt(record + 8), cff);
				return cff;
			}
		}

		/** Whether the face is CFF-flavoured, without reading its outlines. */
		static boolean hasCffTable(Path file, int index) throws IOException {
			try (FileChannel channel = FileChannel.open(file)) {
				return cffRecord(channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()), index) >= 0;
			}
		}

		/** Where the face's table directory describes its {@code CFF } table, or -1. */
		private static int cffRecord(ByteBuffer font, int index) {
			int start = 0;
			if (font.getInt(0) == 0x74746366) {
				// 'ttcf': a collection, with a table of its faces' offsets.
				start = font.getInt(12 + 4 * index);
			}
			int tables = font.getShort(start + 4) & 0xFFFF;
			for (int i = 0; i < tables; i++) {
				int record = start + 12 + 16 * i;
				if (font.getInt(record) == 0x43464620) {
					// 'CFF '
					return record;
				}
			}
			return -1;
		}

	}

}
