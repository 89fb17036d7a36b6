package cn.guifan.ingest.job;

import java.util.List;

/**
 * Storing a chunk of documents in the registry failed; the message names the files. When
 * the cause is one document's (see {@link Failures}), the step writes the chunk's
 * documents one by one to find it, and skips and reports that one file; otherwise the run
 * fails with this message, so its summary says which files were being stored.
 */
public final class DocumentWriteException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private static final int NAMED = 3;

	DocumentWriteException(List<String> files, Throwable cause) {
		super("写入登记库失败" + files(files) + "：" + Failures.describe(cause), cause);
	}

	private static String files(List<String> files) {
		if (files.isEmpty()) {
			return "";
		}
		if (files.size() <= NAMED) {
			return "（" + String.join("、", files) + "）";
		}
		return "（本批 " + files.size() + " 个文件：" + String.join("、", files.subList(0, NAMED)) + " 等）";
	}

}
