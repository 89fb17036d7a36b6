package cn.guifan.registry.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The shared test corpus: 3,423 real laws and regulations and five real local notices,
 * read where they are ({@code ../shared/corpus}), never copied into the project.
 */
public final class Corpus {

	private Corpus() {
	}

	public static Path root() {
		String configured = System.getProperty("guifan.corpus");
		Path root = (configured != null) ? Path.of(configured) : Path.of("..", "..", "shared", "corpus");
		if (!Files.isDirectory(root.resolve("laws"))) {
			Path fromModule = Path.of("..", "..", "shared", "corpus");
			Path fromRoot = Path.of("..", "shared", "corpus");
			root = Files.isDirectory(fromModule.resolve("laws")) ? fromModule : fromRoot;
		}
		if (!Files.isDirectory(root.resolve("laws"))) {
			throw new IllegalStateException(
					"the test corpus is missing: expected ../shared/corpus beside the checkout");
		}
		return root.toAbsolutePath().normalize();
	}

	public static Path laws() {
		return root().resolve("laws");
	}

	public static Path seeds() {
		return root().resolve("seeds");
	}

	/** All law files (.md), in a stable order. */
	public static List<Path> lawFiles() {
		try (Stream<Path> walk = Files.walk(laws())) {
			return walk.filter((p) -> p.toString().endsWith(".md")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * {@code count} law files picked at random with a fixed seed, so failures reproduce.
	 */
	public static List<Path> sampleOfLaws(int count, long seed) {
		List<Path> all = new ArrayList<>(lawFiles());
		Collections.shuffle(all, new Random(seed));
		return all.subList(0, Math.min(count, all.size()));
	}

	/**
	 * Puts files into a directory as a user would (ingest never follows a symbolic link
	 * out of the folder it reads): hard links where the file system allows them, which
	 * cost no copy, else copies; their folders under the corpus root are kept, so that a
	 * test can ingest a chosen subset as a directory.
	 */
	public static void linkInto(List<Path> files, Path target) {
		for (Path file : files) {
			if (!Files.isRegularFile(file)) {
				throw new IllegalArgumentException("not a corpus file: " + file);
			}
		}
		try {
			for (Path file : files) {
				Path relative = laws().relativize(file);
				Path to = target.resolve(relative.toString());
				Files.createDirectories(to.getParent());
				if (!Files.exists(to, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
					try {
						Files.createLink(to, file.toAbsolutePath());
					}
					catch (IOException | UnsupportedOperationException ex) {
						Files.copy(file, to);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
