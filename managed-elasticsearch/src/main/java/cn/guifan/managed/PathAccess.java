package cn.guifan.managed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;

/**
 * Whether another user can reach a path. Root reads everything, so when we are root and
 * hand files to the service user we must check the modes ourselves: a data folder under
 * {@code /root} (mode 700) is unreachable for {@code guifan-es} however its own modes are
 * set.
 */
final class PathAccess {

	private PathAccess() {
	}

	/**
	 * Finds the first folder on the way to {@code path} (from {@code /} down to the path
	 * itself) that {@code user} cannot traverse. A folder counts as traversable when
	 * everyone may execute (search) it, or when {@code user} owns it and its owner may.
	 * Group membership is not resolved, so a folder reachable only through a group is
	 * reported as blocking, which errs on the safe side.
	 * @param path an existing path
	 * @param user the user who must reach it
	 * @return the first folder the user cannot traverse, or empty if every folder is
	 * traversable
	 */
	static Optional<Path> firstUntraversable(Path path, String user) {
		Path absolute = realPath(path);
		Path current = absolute.getRoot();
		if (!isTraversable(current, user)) {
			return Optional.of(current);
		}
		for (Path name : absolute) {
			current = current.resolve(name);
			if (!isTraversable(current, user)) {
				return Optional.of(current);
			}
		}
		return Optional.empty();
	}

	// Through symbolic links the user must reach the target, not the link.
	private static Path realPath(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		try {
			return Files.exists(absolute) ? absolute.toRealPath() : absolute;
		}
		catch (IOException ex) {
			return absolute;
		}
	}

	private static boolean isTraversable(Path directory, String user) {
		if (!Files.isDirectory(directory)) {
			// A file at the end of the path needs no execute bit; a missing path is
			// created later by us with readable modes.
			return true;
		}
		try {
			PosixFileAttributes attributes = Files.readAttributes(directory, PosixFileAttributes.class);
			if (attributes.permissions().contains(PosixFilePermission.OTHERS_EXECUTE)) {
				return true;
			}
			return attributes.owner().getName().equals(user)
					&& attributes.permissions().contains(PosixFilePermission.OWNER_EXECUTE);
		}
		catch (UnsupportedOperationException | IOException ex) {
			// No POSIX modes (not Linux): nothing to check, running as another user does
			// not apply.
			return true;
		}
	}

}
