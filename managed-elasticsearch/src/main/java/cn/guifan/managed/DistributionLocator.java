package cn.guifan.managed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

/**
 * Finds the Elasticsearch distribution zip: an explicitly configured path first, then the
 * path the build wrote into {@code managed-elasticsearch.properties}, then the standard
 * layout of the local Maven repository (the build may have run on another machine or with
 * another repository, so the recorded path alone is not enough).
 */
final class DistributionLocator {

	static final String BUILD_INFO_RESOURCE = "managed-elasticsearch.properties";

	private static final String GROUP_PATH = "org/elasticsearch/distribution/integ-test-zip/elasticsearch";

	private final @Nullable Path explicit;

	private final Properties buildInfo;

	private final Path mavenRepository;

	DistributionLocator(@Nullable Path explicit, Properties buildInfo, Path mavenRepository) {
		this.explicit = explicit;
		this.buildInfo = buildInfo;
		this.mavenRepository = mavenRepository;
	}

	/**
	 * A locator that reads the build info from the class path and the Maven repository
	 * from {@code maven.repo.local}, else {@code ~/.m2/repository}.
	 * @param explicit an explicitly configured zip, or {@code null}
	 * @return the locator
	 */
	static DistributionLocator fromEnvironment(@Nullable Path explicit) {
		String repoLocal = System.getProperty("maven.repo.local");
		Path repository = (repoLocal != null && !repoLocal.isBlank()) ? Path.of(repoLocal)
				: Path.of(System.getProperty("user.home"), ".m2", "repository");
		return new DistributionLocator(explicit, loadBuildInfo(), repository);
	}

	static Properties loadBuildInfo() {
		Properties properties = new Properties();
		try (InputStream in = DistributionLocator.class.getResourceAsStream(BUILD_INFO_RESOURCE)) {
			if (in != null) {
				properties.load(in);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + BUILD_INFO_RESOURCE, ex);
		}
		return properties;
	}

	Distribution locate() {
		if (this.explicit != null) {
			if (Files.isRegularFile(this.explicit)) {
				return new Distribution(this.explicit, "explicitly configured");
			}
			// A configured path that does not exist is a mistake to report, not to paper
			// over.
			throw new ManagedNodeException(
					"The configured Elasticsearch distribution " + this.explicit + " does not exist or is not a file.");
		}
		List<Path> tried = new ArrayList<>();
		String recorded = filtered("distribution");
		if (recorded != null) {
			Path zip = Path.of(recorded);
			if (Files.isRegularFile(zip)) {
				return new Distribution(zip, "recorded at build time");
			}
			tried.add(zip);
		}
		String version = filtered("version");
		if (version != null) {
			Path zip = this.mavenRepository.resolve(GROUP_PATH)
				.resolve(version)
				.resolve("elasticsearch-" + version + ".zip");
			if (Files.isRegularFile(zip)) {
				return new Distribution(zip, "local Maven repository");
			}
			tried.add(zip);
		}
		throw new ManagedNodeException("Cannot find the Elasticsearch distribution zip"
				+ (tried.isEmpty() ? " (this build of Guifan does not record which one it needs)"
						: "; looked at " + tried)
				+ ". Run the build once (./mvnw -DskipTests install) so that Maven downloads it,"
				+ " or configure the path of elasticsearch-<version>.zip explicitly.");
	}

	// A property still reading @...@ comes from an unfiltered copy of the resource.
	private @Nullable String filtered(String key) {
		String value = this.buildInfo.getProperty(key);
		if (value == null || value.isBlank() || value.startsWith("@")) {
			return null;
		}
		return value.trim();
	}

}
