package cn.guifan.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the files under a directory, recursively, in a stable order, so that a restarted
 * run resumes at the same place. Hidden files and folders (.git, .DS_Store) are left out;
 * symbolic links are not followed.
 */
public final class SourceFiles {

	private SourceFiles() {
	}

	/** The files under {@code root}, or {@code root} itself when it is a file. */
	public static List<SourceFileItem> list(Path root) {
		Path base = root.toAbsolutePath().normalize();
		if (Files.isRegularFile(base)) {
			return List.of(new SourceFileItem(base, base.getFileName().toString()));
		}
		if (!Files.isDirectory(base)) {
			throw new IllegalArgumentException("找不到要导入的目录或文件：" + root);
		}
		try (Stream<Path> walk = Files.walk(base)) {
			return walk.filter(Files::isRegularFile)
				.filter((p) -> !isHidden(base.relativize(p)))
				.map((p) -> new SourceFileItem(p, base.relativize(p).toString().replace('\\', '/')))
				.sorted(Comparator.comparing(SourceFileItem::name))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + root, ex);
		}
	}

	private static boolean isHidden(Path relative) {
		for (Path part : relative) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

}
