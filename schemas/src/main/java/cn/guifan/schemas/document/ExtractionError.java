package cn.guifan.schemas.document;

import java.util.Objects;

/**
 * A step of metadata extraction that failed on a document: the field(s) that step reads
 * are missing from the record, everything else was read. Kept on the record so a
 * registrar can see why a field is empty and fill it in.
 *
 * @param stage the extraction step, as named in the code (e.g. {@code RepealStage})
 * @param message what went wrong, for a person (Chinese, naming the field)
 */
public record ExtractionError(String stage, String message) {

	public ExtractionError {
		Objects.requireNonNull(stage, "stage");
		Objects.requireNonNull(message, "message");
	}

}
