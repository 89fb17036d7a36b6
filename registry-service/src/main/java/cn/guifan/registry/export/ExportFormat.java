package cn.guifan.registry.export;

import java.util.Locale;
import java.util.Optional;

/** The formats documents and collections are written in. */
public enum ExportFormat {

	PDF("pdf", "application/pdf"),

	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),

	TXT("txt", "text/plain;charset=UTF-8");

	private final String extension;

	private final String mediaType;

	ExportFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return this.extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	/** The format with this file extension (pdf, docx, txt), in any case. */
	public static Optional<ExportFormat> ofExtension(String extension) {
		for (ExportFormat f : values()) {
			if (f.extension.equals(extension.toLowerCase(Locale.ROOT))) {
				return Optional.of(f);
			}
		}
		return Optional.empty();
	}

}
