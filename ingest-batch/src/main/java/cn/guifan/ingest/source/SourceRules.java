package cn.guifan.ingest.source;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which files of a folder (or of a zip archive) are documents to read.
 * <ul>
 * <li>Clutter that operating systems and office programs leave is left out without a
 * word, as hidden files always were: names starting with a dot ({@code .DS_Store},
 * {@code .git}, LibreOffice's {@code .~lock.通知.docx#}), {@code __MACOSX},
 * {@code Thumbs.db}, {@code desktop.ini}, Word's owner files {@code ~$通知.docx} and
 * {@code ~WRL0001.tmp}.</li>
 * <li>Files that people keep beside documents but are not documents (a
 * {@code manifest.jsonl}, a list in {@code .csv}, checksums, logs, settings, temporary
 * and backup files) are not read: they are reported as {@code NOT_A_DOCUMENT}, so whoever
 * put them there sees they were not imported. Read as text, each one became a public
 * document.</li>
 * </ul>
 * The rule goes by name only, so it costs nothing and a report can say why.
 */
public final class SourceRules {

	private static final Set<String> CLUTTER = Set.of("__macosx", "thumbs.db", "ehthumbs.db", "desktop.ini");

	private static final Set<String> NOT_DOCUMENTS = Set.of("json", "jsonl", "ndjson", "csv", "tsv", "yml", "yaml",
			"log", "ini", "cfg", "conf", "properties", "sha1", "sha256", "sha512", "md5", "sig", "asc", "lock", "lck",
			"tmp", "temp", "bak", "swp", "part", "crdownload", "db", "sqlite");

	private SourceRules() {
	}

	/**
	 * Whether a path segment (a folder's or a file's name) is clutter, left out with what
	 * is under it.
	 */
	public static boolean isClutter(String segment) {
		String lower = segment.toLowerCase(Locale.ROOT);
		return segment.startsWith(".") || segment.startsWith("~$") || CLUTTER.contains(lower)
				|| (lower.startsWith("~wrl") && lower.endsWith(".tmp"));
	}

	/** Whether any segment of a relative name ({@code a/b/c.txt}) is clutter. */
	public static boolean isClutterPath(String relativeName) {
		for (String segment : relativeName.split("/")) {
			if (!segment.isEmpty() && isClutter(segment)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Why a file is not a document to read, from its name, or {@code null} when it may be
	 * one.
	 */
	public static @Nullable String notADocument(String fileName) {
		String last = fileName.substring(fileName.lastIndexOf('/') + 1);
		String lower = last.toLowerCase(Locale.ROOT);
		if (lower.endsWith("~")) {
			return "编辑器留下的备份文件，不是文件正文，未导入";
		}
		int dot = lower.lastIndexOf('.');
		if (dot < 0) {
			return null;
		}
		String extension = lower.substring(dot + 1);
		if (NOT_DOCUMENTS.contains(extension)) {
			return "扩展名为 ." + extension + " 的数据、清单、日志或临时文件不是文件正文，未导入（若确是文件正文，请改为 .txt 等扩展名）";
		}
		return null;
	}

}
