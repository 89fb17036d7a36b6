package cn.guifan.registry.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The CJK fonts embedded in generated PDFs: a regular face for text and a bold one for
 * headings, loaded once (loading a CJK collection takes a second or two) and shared by
 * every PDF. Only the glyphs a PDF uses are embedded.
 */
@Component
public class CjkFonts {

	private final ExportProperties properties;

	private volatile @Nullable Faces faces;

	CjkFonts(ExportProperties properties) {
		this.properties = properties;
	}

	/** The faces, or {@link ExportUnavailableException} saying what to install. */
	Faces faces() {
		Faces loaded = this.faces;
		if (loaded == null) {
			synchronized (this) {
				loaded = this.faces;
				if (loaded == null) {
					loaded = load();
					this.faces = loaded;
				}
			}
		}
		return loaded;
	}

	/** The font file used for text, if one is found. */
	public @Nullable Path regularFile() {
		if (this.properties.font() != null) {
			return this.properties.font();
		}
		for (Path candidate : this.properties.fontSearchPath()) {
			if (Files.isReadable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	private Faces load() {
		Path regular = regularFile();
		if (regular == null || !Files.isReadable(regular)) {
			throw new ExportUnavailableException("未找到可嵌入 PDF 的中文字体" + ((regular != null) ? "“" + regular + "”" : "")
					+ "。请安装 fonts-noto-cjk（Debian/Ubuntu：apt-get install "
					+ "fonts-noto-cjk），或用 guifan.export.font 指定一个中文字体文件（.ttf、.otf 或 .ttc）。");
		}
		Path bold = this.properties.boldFont();
		if (bold == null) {
			Path beside = regular.resolveSibling(regular.getFileName().toString().replace("Regular", "Bold"));
			bold = (!beside.equals(regular) && Files.isReadable(beside)) ? beside : regular;
		}
		try {
			Face text = create(regular);
			Face heading = bold.equals(regular) ? text : create(bold);
			return new Faces(text, heading);
		}
		catch (IOException | RuntimeException ex) {
			throw new ExportUnavailableException(
					"中文字体“" + regular + "”无法载入：" + ex.getMessage() + "。请用 guifan.export.font 指定另一个字体文件。", ex);
		}
	}

	/**
	 * A font embedded as a subset with Unicode (Identity-H) encoding; in a collection
	 * (.ttc) the Simplified Chinese face.
	 */
	private static Face create(Path file) throws IOException, DocumentException {
		String name = file.toString();
		int index = 0;
		if (name.toLowerCase(Locale.ROOT).endsWith(".ttc")) {
			String[] faces = BaseFont.enumerateTTCNames(name);
			for (int i = 0; i < faces.length; i++) {
				String face = faces[i].toLowerCase(Locale.ROOT);
				if (face.contains("cjksc") || face.contains(" sc") || face.contains("gb") || face.contains("hans")) {
					index = i;
					break;
				}
			}
			name = name + "," + index;
		}
		BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
		font.setSubset(true);
		return new Face(font, EmbeddableGlyphs.of(font, file, index));
	}

	/**
	 * The loaded faces.
	 *
	 * @param text for text
	 * @param heading for titles and headings
	 */
	record Faces(Face text, Face heading) {
	}

	/**
	 * A face and what it can embed (learnt as PDFs use it, shared by all of them).
	 *
	 * @param font the face
	 * @param glyphs the characters it can embed
	 */
	record Face(BaseFont font, EmbeddableGlyphs glyphs) {
	}

}
