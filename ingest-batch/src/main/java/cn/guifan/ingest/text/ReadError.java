package cn.guifan.ingest.text;

/**
 * Why a file could not be read, as a stable code for reports and scripts. The message
 * that goes with it says the specifics for a person.
 */
public enum ReadError {

	/** The file does not exist or is not a regular file. */
	NOT_FOUND("文件不存在"),

	/** The file has no bytes. */
	EMPTY_FILE("文件为空"),

	/** The file is larger than the configured limit. */
	TOO_LARGE("文件超过大小上限"),

	/** The format is not one Guifan reads. */
	UNSUPPORTED_TYPE("不支持的文件类型"),

	/** The bytes do not form a valid file of their type. */
	CORRUPT_FILE("文件已损坏或格式不符"),

	/** The file is password-protected. */
	ENCRYPTED("文件已加密"),

	/** The file has no text layer (a scan) and OCR is not available. */
	NEEDS_OCR("需要文字识别（OCR）"),

	/** The file was read but holds no text. */
	NO_TEXT("文件中没有可识别的文字"),

	/** Reading took longer than the configured limit. */
	TIMEOUT("解析超时"),

	/** An archive that expands beyond the configured limits (a zip bomb). */
	ARCHIVE_LIMIT("压缩包超出安全限制"),

	/**
	 * A symbolic link to a file outside the folder being ingested (or a link whose target
	 * is missing): never followed, so a link cannot publish what lies elsewhere on the
	 * machine.
	 */
	LINK_OUTSIDE("符号链接指向导入目录之外"),

	/**
	 * A file kept beside documents that is no document: a manifest, a list, checksums, a
	 * log, a lock or temporary file (see {@code SourceRules}).
	 */
	NOT_A_DOCUMENT("不是文件正文"),

	/** The file could not be read from disk. */
	IO_ERROR("读取文件失败"),

	/**
	 * Reading or storing the file met an error of Guifan's own (a bug meeting this file):
	 * the file is skipped and the run goes on; the message names the error.
	 */
	INTERNAL_ERROR("处理文件时发生内部错误");

	private final String label;

	ReadError(String label) {
		this.label = label;
	}

	/** The reason in Chinese, as users read it. */
	public String label() {
		return this.label;
	}

}
