package cn.guifan.ingest.metadata;

import cn.guifan.schemas.document.DocumentMetadata;

/** Runs chosen stages over a text, as the pipeline would, for tests of one stage. */
final class Stages {

	private Stages() {
	}

	/**
	 * The metadata the stages find, in order, in a text read from a file named
	 * {@code name}.
	 */
	static DocumentMetadata run(String text, String name, ExtractionStage... stages) {
		DocumentText document = new DocumentText(text, name);
		DocumentMetadata.Builder metadata = DocumentMetadata.builder("");
		for (ExtractionStage stage : stages) {
			stage.apply(document, metadata);
		}
		if (metadata.title().isEmpty()) {
			metadata.title("（无标题）");
		}
		return metadata.build();
	}

	static DocumentMetadata run(String text, ExtractionStage... stages) {
		return run(text, "a.txt", stages);
	}

}
