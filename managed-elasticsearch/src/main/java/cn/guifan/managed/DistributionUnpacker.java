package cn.guifan.managed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unpacks the distribution zip once into {@code <dist>/<top-level folder of the zip>},
 * e.g. {@code dist/elasticsearch-8.19.21}. The zip is extracted into a hidden staging
 * folder next to the target and then renamed in one atomic step, so a folder with the
 * final name is always complete: an unpack interrupted by a crash or Ctrl-C leaves only a
 * staging folder, which the next run deletes. Callers serialise unpacks of the same
 * folder (the node lock).
 */
final class DistributionUnpacker {

	private static final Logger log = LoggerFactory.getLogger(DistributionUnpacker.class);

	static final String STAGING_PREFIX = ".unpack-";

	// Explicit modes: the service user must be able to read everything whatever our
	// umask, and java.util.zip does not give us the modes stored in the zip.
	private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwxr-xr-x");

	private static final Set<PosixFilePermission> EXECUTABLE = DIRECTORY;

	private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

	private DistributionUnpacker() {
	}

	/**
	 * Returns the unpacked Elasticsearch home, unpacking the zip first if needed.
	 * @param zip the distribution zip
	 * @param distRoot the folder that holds unpacked distributions
	 * @return the Elasticsearch home, e.g. {@code <distRoot>/elasticsearch-8.19.21}
	 */
	static Path unpackOnce(Path zip, Path distRoot) {
		try (ZipFile zipFile = new ZipFile(zip.toFile())) {
			String top = topLevelFolder(zipFile, zip);
			Path target = distRoot.resolve(top);
			if (Files.isDirectory(target)) {
				return target;
			}
			createDirectory(distRoot);
			deleteStagingLeftovers(distRoot);
			long started = System.nanoTime();
			log.info("Unpacking Elasticsearch from {} into {}", zip, target);
			Path staging = Files.createTempDirectory(distRoot, STAGING_PREFIX);
			try {
				extract(zipFile, staging);
				Files.move(staging.resolve(top), target, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				deleteTree(staging);
			}
			log.info("Unpacked Elasticsearch in {} ms", (System.nanoTime() - started) / 1_000_000);
			return target;
		}
		catch (IOException ex) {
			throw new ManagedNodeException("Cannot unpack the Elasticsearch distribution " + zip + " into " + distRoot
					+ ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The single folder every entry of the distribution lives in.
	 */
	static String topLevelFolder(ZipFile zipFile, Path zip) {
		String top = null;
		for (Enumeration<? extends ZipEntry> entries = zipFile.entries(); entries.hasMoreElements();) {
			String name = entries.nextElement().getName();
			int slash = name.indexOf('/');
			String first = (slash < 0) ? name : name.substring(0, slash);
			if (slash < 0 || first.isEmpty() || first.equals("..") || (top != null && !top.equals(first))) {
				throw new ManagedNodeException("Not an Elasticsearch distribution (expected one top-level folder): "
						+ zip + " has the entry '" + name + "'");
			}
			top = first;
		}
		if (top == null) {
			throw new ManagedNodeException("The Elasticsearch distribution " + zip + " is empty");
		}
		return top;
	}

	private static void extract(ZipFile zipFile, Path staging) throws IOException {
		Path root = staging.toAbsolutePath().normalize();
		for (Enumeration<? extends ZipEntry> entries = zipFile.entries(); entries.hasMoreElements();) {
			ZipEntry entry = entries.nextElement();
			Path path = root.resolve(entry.getName()).normalize();
			if (!path.startsWith(root) || path.equals(root)) {
				throw new IOException("the entry '" + entry.getName() + "' points outside the target folder");
			}
			if (entry.isDirectory()) {
				createDirectory(path);
				continue;
			}
			createDirectory(path.getParent());
			try (InputStream in = zipFile.getInputStream(entry)) {
				Files.copy(in, path);
			}
			setPermissions(path, isLauncher(path) ? EXECUTABLE : FILE);
		}
	}

	// The jdk-less distribution starts through the bash scripts in bin/.
	private static boolean isLauncher(Path file) {
		Path parent = file.getParent();
		String name = file.getFileName().toString();
		return parent != null && parent.getFileName().toString().equals("bin") && !name.endsWith(".bat")
				&& !name.endsWith(".exe");
	}

	private static void createDirectory(@Nullable Path directory) throws IOException {
		if (directory == null || Files.isDirectory(directory)) {
			return;
		}
		createDirectory(directory.getParent());
		Files.createDirectory(directory);
		setPermissions(directory, DIRECTORY);
	}

	private static void setPermissions(Path path, Set<PosixFilePermission> permissions) throws IOException {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(path, permissions);
		}
	}

	private static void deleteStagingLeftovers(Path distRoot) throws IOException {
		try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(distRoot, STAGING_PREFIX + "*")) {
			for (Path leftover : leftovers) {
				log.info("Deleting {}, left over from an interrupted unpack", leftover);
				deleteTree(leftover);
			}
		}
	}

	static void deleteTree(Path root) {
		if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (var paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> {
				try {
					Files.deleteIfExists(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException | UncheckedIOException ex) {
			throw new ManagedNodeException("Cannot delete " + root + ": " + ex.getMessage(), ex);
		}
	}

}
