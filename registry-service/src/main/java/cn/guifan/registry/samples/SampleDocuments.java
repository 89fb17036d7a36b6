package cn.guifan.registry.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import cn.guifan.registry.config.GuifanProperties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The sample documents bundled with Guifan: rules and normative documents of the
 * fictional 青禾县, written for demos and tests. They are copied out of the application into
 * the data folder, so ingest reads them as any other directory of files.
 */
@Component
public class SampleDocuments {

	static final String LOCATION = "classpath*:samples/qinghe/*";

	private final Path target;

	public SampleDocuments(GuifanProperties properties) {
		this.target = properties.dataDir().resolve("samples").resolve("qinghe");
	}

	/**
	 * Copies the samples to the data folder (again, if changed) and returns that folder.
	 */
	public Path unpack() {
		try {
			Files.createDirectories(this.target);
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			for (Resource resource : resources) {
				String name = resource.getFilename();
				if (name == null || name.startsWith(".") || !resource.isReadable()) {
					continue;
				}
				try (InputStream in = resource.getInputStream()) {
					Files.copy(in, this.target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
				}
			}
			return this.target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot unpack the sample documents to " + this.target, ex);
		}
	}

}
