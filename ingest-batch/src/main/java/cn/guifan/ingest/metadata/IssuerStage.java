package cn.guifan.ingest.metadata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.schemas.document.DocumentMetadata;

/** 发文机关: from the 发文机关标志 (XX文件) or from a title of the form XX关于…. */
final class IssuerStage implements ExtractionStage {

	private static final Pattern BANNER = Pattern.compile("^(.{2,40}?)(文件)$");

	private static final Pattern TITLE_ISSUER = Pattern.compile("^(.{2,40}?)关于");

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		List<DocumentText.Line> lines = text.nonBlankLines();
		for (int i = 0; i < Math.min(5, lines.size()); i++) {
			Matcher m = BANNER.matcher(lines.get(i).stripped().replaceAll("\\s+", ""));
			if (m.matches()) {
				metadata.issuers(List.of(m.group(1)));
				return;
			}
		}
		Matcher m = TITLE_ISSUER.matcher(metadata.title());
		if (m.find()) {
			metadata.issuers(List.of(m.group(1)));
		}
	}

}
