package cn.guifan.ingest.source;

import java.nio.file.Path;

import cn.guifan.ingest.text.UnreadableFileException;
import org.jspecify.annotations.Nullable;

/**
 * One file to ingest: a file of the directory, or a member of an archive expanded into a
 * work folder.
 *
 * @param path where the file is on disk
 * @param name how reports name it: the path relative to the directory ingested, with /;
 * for a member of an archive {@code a.zip!/folder/b.docx}, nested
 * {@code a.zip!/inner.zip!/c.pdf}
 * @param refusal why the file cannot be read, when that is known before parsing (an
 * archive past its limits, an encrypted member); the processor reports it
 */
public record SourceFileItem(Path path, String name, @Nullable UnreadableFileException refusal) {

	public SourceFileItem(Path path, String name) {
		this(path, name, null);
	}

	/** Separates an archive's name from a member's: {@code a.zip!/b.docx}. */
	public static final String MEMBER_SEPARATOR = "!/";

}
