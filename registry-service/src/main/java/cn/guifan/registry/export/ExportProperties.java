package cn.guifan.registry.export;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of generated files ({@code guifan.export.*}).
 *
 * @param font the CJK font embedded in PDFs (a .ttf, .otf or .ttc file); when null the
 * first of {@code fontSearchPath} that exists
 * @param boldFont the font of headings; when null the bold face beside {@code font}, else
 * {@code font}
 * @param fontSearchPath where fonts are looked for, in order: Debian's fonts-noto-cjk,
 * other Linux layouts, WenQuanYi, macOS and Windows
 */
@ConfigurationProperties("guifan.export")
public record ExportProperties(@Nullable Path font, @Nullable Path boldFont, @DefaultValue( {
		"/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
		"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/noto-cjk/NotoSerifCJK-Regular.ttc",
		"/usr/share/fonts/google-noto-cjk/NotoSerifCJK-Regular.ttc",
		"/usr/share/fonts/opentype/noto-cjk/NotoSerifCJK-Regular.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
		"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/System/Library/Fonts/Supplemental/Songti.ttc",
		"C:/Windows/Fonts/simsun.ttc" }) List<Path> fontSearchPath){
}
