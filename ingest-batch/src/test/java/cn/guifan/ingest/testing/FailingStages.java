package cn.guifan.ingest.testing;

import java.util.ArrayList;
import java.util.List;

import cn.guifan.ingest.metadata.DocumentText;
import cn.guifan.ingest.metadata.ExtractionStage;
import cn.guifan.ingest.metadata.MetadataExtractor;
import cn.guifan.schemas.document.DocumentMetadata;

/**
 * The standard metadata pipeline with two stages that fail on purpose, each only on a
 * text holding its marker, for tests of what a failure costs once the real stages no
 * longer fail on the texts that made them fail.
 */
public final class FailingStages {

	/** A text holding this makes {@link ThrowingStage} throw, as RepealStage did. */
	public static final String FAILS_A_STAGE = "【测试：此处使一个元数据步骤出错】";

	/**
	 * A text holding this makes extraction fail outside any stage (a stage leaves the
	 * title null; the extractor then fails when it checks the title).
	 */
	public static final String FAILS_OUTSIDE_THE_STAGES = "【测试：此处使元数据提取在步骤之外出错】";

	private FailingStages() {
	}

	public static MetadataExtractor standardAndFailing() {
		List<ExtractionStage> stages = new ArrayList<>(MetadataExtractor.standard().stages());
		stages.add(new ThrowingStage());
		stages.add(new TitleErasingStage());
		return new MetadataExtractor(stages);
	}

	/** Throws on a text holding {@link #FAILS_A_STAGE}. */
	public static final class ThrowingStage implements ExtractionStage {

		@Override
		public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
			if (text.text().contains(FAILS_A_STAGE)) {
				"x".repeat(192).substring(164, 157);
			}
		}

	}

	/** Leaves the title null on a text holding {@link #FAILS_OUTSIDE_THE_STAGES}. */
	static final class TitleErasingStage implements ExtractionStage {

		@Override
		public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
			if (text.text().contains(FAILS_OUTSIDE_THE_STAGES)) {
				String none = null;
				metadata.title(none);
			}
		}

	}

}
