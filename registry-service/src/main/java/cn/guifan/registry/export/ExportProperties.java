package cn.guifan.registry.export;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Settings of generated files ({@code guifan.export.*}), read by
 * {@link ExportConfiguration}.
 *
 * @param font the CJK font embedded in PDFs (a .ttf, .otf or .ttc file); when null the
 * first of {@code fontSearchPath} that exists
 * @param boldFont the font of headings; when null the bold face beside {@code font}, else
 * {@code font}
 * @param fontSearchPath where fonts are looked for, in order: Debian's fonts-noto-cjk,
 * other Linux layouts, WenQuanYi, macOS and Windows
 */
public record ExportProperties(@Nullable Path font, @Nullable Path boldFont, List<Path> fontSearchPath) {

	/**
	 * Where fonts are looked for when {@code guifan.export.font-search-path} is not set.
	 */
	public static final List<Path> DEFAULT_FONT_SEARCH_PATH = List.of(
			Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"),
			Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
			Path.of("/usr/share/fonts/noto-cjk/NotoSerifCJK-Regular.ttc"),
			Path.of("/usr/share/fonts/google-noto-cjk/NotoSerifCJK-Regular.ttc"),
			Path.of("/usr/share/fonts/opentype/noto-cjk/NotoSerifCJK-Regular.ttc"),
			Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
			Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
			Path.of("/System/Library/Fonts/Supplemental/Songti.ttc"), Path.of("C:/Windows/Fonts/simsun.ttc"));

	public ExportProperties {
		fontSearchPath = List.copyOf(fontSearchPath);
	}

}
