package cn.guifan.ingest.text;

import org.jspecify.annotations.Nullable;

/**
 * A file that cannot be turned into a document. Ingest skips it, reports it with its code
 * and message, and goes on with the next file.
 */
public class UnreadableFileException extends Exception {

	private final ReadError error;

	private final String file;

	private final String detail;

	public UnreadableFileException(ReadError error, String file, String detail) {
		this(error, file, detail, null);
	}

	public UnreadableFileException(ReadError error, String file, String detail, @Nullable Throwable cause) {
		super(error.label() + "：" + detail, cause);
		this.error = error;
		this.file = file;
		this.detail = detail;
	}

	public ReadError error() {
		return this.error;
	}

	/** What was wrong, without the error's label. */
	public String detail() {
		return this.detail;
	}

	/** The file as named in the run. */
	public String file() {
		return this.file;
	}

}
