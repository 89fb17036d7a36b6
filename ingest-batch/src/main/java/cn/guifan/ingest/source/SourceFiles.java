package cn.guifan.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.guifan.ingest.text.ReadError;
import cn.guifan.ingest.text.UnreadableFileException;
import org.jspecify.annotations.Nullable;

/**
 * Lists the files under a directory, recursively, in a stable order, so that a restarted
 * run resumes at the same place.
 * <ul>
 * <li>Clutter (hidden files and folders, {@code Thumbs.db}, Office lock files: see
 * {@link SourceRules}) is left out; files that are no documents (a
 * {@code manifest.jsonl}) are listed with their refusal, to be reported.</li>
 * <li>Symbolic links are never followed out of the folder: a link to a file inside it is
 * read (as that file), a link that leads outside it, or nowhere, is listed with its
 * refusal ({@link ReadError#LINK_OUTSIDE}) and never opened; links to folders are not
 * entered (the folder is listed where it really is, when that is inside).</li>
 * <li>Anything that is not a regular file (a pipe, a device) is left out: reading one
 * could block a run forever.</li>
 * </ul>
 * The folder named by the user may itself be a link: "inside" means inside the folder it
 * really is.
 */
public final class SourceFiles {

	private SourceFiles() {
	}

	/** The files under {@code root}, or {@code root} itself when it is a file. */
	public static List<SourceFileItem> list(Path root) {
		Path given = root.toAbsolutePath().normalize();
		if (Files.isRegularFile(given)) {
			return List.of(new SourceFileItem(given, given.getFileName().toString()));
		}
		if (!Files.isDirectory(given)) {
			throw new IllegalArgumentException("找不到要导入的目录或文件：" + root);
		}
		try {
			Path base = given.toRealPath();
			List<SourceFileItem> items = new ArrayList<>();
			Files.walkFileTree(base, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
					return (!dir.equals(base) && SourceRules.isClutter(dir.getFileName().toString()))
							? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (SourceRules.isClutter(file.getFileName().toString())) {
						return FileVisitResult.CONTINUE;
					}
					String name = base.relativize(file).toString().replace('\\', '/');
					if (attributes.isSymbolicLink()) {
						SourceFileItem linked = linked(base, file, name);
						if (linked != null) {
							items.add(linked);
						}
					}
					else if (attributes.isRegularFile()) {
						items.add(checked(file, name));
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) {
					String name = base.relativize(file).toString().replace('\\', '/');
					items.add(new SourceFileItem(file, name,
							new UnreadableFileException(ReadError.IO_ERROR, name, "无法读取：" + ex.getMessage(), ex)));
					return FileVisitResult.CONTINUE;
				}
			});
			items.sort(Comparator.comparing(SourceFileItem::name));
			return List.copyOf(items);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + root, ex);
		}
	}

	/** A file, or its refusal when it is no document. */
	static SourceFileItem checked(Path file, String name) {
		String notADocument = SourceRules.notADocument(name);
		if (notADocument != null) {
			return new SourceFileItem(file, name,
					new UnreadableFileException(ReadError.NOT_A_DOCUMENT, name, notADocument));
		}
		return new SourceFileItem(file, name);
	}

	/**
	 * A link's item: the file it leads to when that is a regular file inside the folder;
	 * its refusal when it leads outside or nowhere; nothing for a link to a folder inside
	 * (that folder is listed anyway).
	 */
	private static @Nullable SourceFileItem linked(Path base, Path link, String name) {
		Path target;
		try {
			target = link.toRealPath();
		}
		catch (IOException ex) {
			return new SourceFileItem(link, name,
					new UnreadableFileException(ReadError.LINK_OUTSIDE, name, "符号链接指向的文件不存在，未读取"));
		}
		if (!target.startsWith(base)) {
			return new SourceFileItem(link, name, new UnreadableFileException(ReadError.LINK_OUTSIDE, name,
					"符号链接指向导入目录之外的 " + target + "，为安全起见不读取（请把文件本身放进目录）"));
		}
		if (Files.isDirectory(target)) {
			return null;
		}
		if (!Files.isRegularFile(target)) {
			return new SourceFileItem(link, name,
					new UnreadableFileException(ReadError.LINK_OUTSIDE, name, "符号链接指向的不是普通文件，未读取"));
		}
		return checked(target, name);
	}

}
