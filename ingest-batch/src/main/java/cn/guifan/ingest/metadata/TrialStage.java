package cn.guifan.ingest.metadata;

import cn.guifan.schemas.document.DocumentMetadata;

/**
 * 试行 / 暂行: a trial document says so in its title (……办法（试行）, ……暂行规定), or in the title of
 * the 办法 its notice issues. Trial documents usually have shorter terms, which is why a
 * registrar records it. Runs after {@link TitleStage}.
 */
final class TrialStage implements ExtractionStage {

	@Override
	public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
		String title = metadata.title();
		String instrument = TitleText.instrument(title);
		String own = (instrument != null) ? instrument : title;
		metadata.trial(own.contains("试行") || own.contains("暂行"));
	}

}
