package cn.guifan.registry.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import cn.guifan.managed.testing.TestElasticsearch;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the registry's integration tests: the real application against the build's real
 * Elasticsearch node and a real H2 database in a fresh data folder, with an index alias
 * of its own so test classes do not see each other's documents.
 */
@DirtiesContext
@Import({ DropTestIndex.class, SampleFixture.class })
public abstract class RegistryIntegrationTest {

	private static final Path DATA_ROOT = createDataRoot();

	@DynamicPropertySource
	static void registryProperties(DynamicPropertyRegistry registry) {
		String run = UUID.randomUUID().toString().substring(0, 8);
		Path data = DATA_ROOT.resolve(run);
		registry.add("guifan.data-dir", data::toString);
		registry.add("guifan.elasticsearch.uris", () -> TestElasticsearch.httpUri().toString());
		registry.add("guifan.elasticsearch.alias", () -> "test-" + run + "-documents");
		// As the service runs it: other processes on this machine can join (AUTO_SERVER).
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("db/guifan") + ";AUTO_SERVER=TRUE");
	}

	private static Path createDataRoot() {
		try {
			Path root = Path.of("target", "it-data");
			Files.createDirectories(root);
			return root.toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
