package cn.guifan.registry.collection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import cn.guifan.registry.config.GuifanProperties;
import cn.guifan.registry.export.ExportFormat;
import org.springframework.stereotype.Component;

/**
 * Where a collection's files live: {@code <data>/collections/<id>/collection.pdf} and
 * {@code .docx}. A build writes beside them and moves its files into place when it is
 * complete, so a download never gets a half-written file.
 */
@Component
class CollectionFiles {

	private final Path root;

	CollectionFiles(GuifanProperties properties) {
		this.root = properties.dataDir().resolve("collections");
	}

	Path file(long id, ExportFormat format) {
		return this.root.resolve(Long.toString(id)).resolve("collection." + format.extension());
	}

	Path building(long id, ExportFormat format) {
		return this.root.resolve(Long.toString(id)).resolve("building." + format.extension());
	}

	Path prepare(long id) {
		try {
			return Files.createDirectories(this.root.resolve(Long.toString(id)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void publish(long id, ExportFormat format) throws IOException {
		Files.move(building(id, format), file(id, format), StandardCopyOption.REPLACE_EXISTING,
				StandardCopyOption.ATOMIC_MOVE);
	}

	void discard(long id, ExportFormat format) {
		try {
			Files.deleteIfExists(building(id, format));
		}
		catch (IOException ex) {
			// Left for the next build, which overwrites it.
		}
	}

}
