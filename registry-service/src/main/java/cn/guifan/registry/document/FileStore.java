package cn.guifan.registry.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import cn.guifan.registry.config.GuifanProperties;
import org.springframework.stereotype.Component;

/**
 * Original files, stored by their SHA-256 and never modified. A file is written to a
 * temporary name and moved into place, so a crash never leaves a half-written file under
 * a real digest.
 */
@Component
class FileStore {

	private final Path root;

	FileStore(GuifanProperties properties) {
		this.root = properties.fileStore().toAbsolutePath().normalize();
	}

	/**
	 * Copies the file into the store under its digest; nothing happens if it is there.
	 */
	public Path store(Path content, String sha256) {
		Path target = locate(sha256);
		if (Files.exists(target)) {
			return target;
		}
		try {
			Files.createDirectories(target.getParent());
			Path temp = Files.createTempFile(target.getParent(), sha256, ".part");
			try {
				Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
				moveIntoPlace(temp, target);
			}
			finally {
				Files.deleteIfExists(temp);
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot store " + content + " as " + sha256, ex);
		}
	}

	/** Where the file with this digest is (or would be) stored. */
	public Path locate(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a sha256 digest: " + sha256);
		}
		return this.root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	public boolean contains(String sha256) {
		return Files.isRegularFile(locate(sha256));
	}

	private static void moveIntoPlace(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException ex) {
			// Another writer stored the same bytes first.
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
