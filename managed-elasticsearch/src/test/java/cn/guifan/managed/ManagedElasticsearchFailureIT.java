package cn.guifan.managed;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A node that does not come up is stopped, leaves nothing running, and is reported with
 * the end of its log.
 */
@EnabledOnOs(OS.LINUX)
class ManagedElasticsearchFailureIT {

	@Test
	void aNodeThatExitsAtOnceIsReportedWithItsOutput() throws IOException {
		Path home = ManagedElasticsearchIT.HOMES.resolve("failure-exits");
		Path zip = brokenDistribution(home.resolveSibling("failure-exits-distribution.zip"));
		ManagedNodeSettings settings = ManagedNodeSettings.defaults(home).withDistribution(zip);

		assertThatExceptionOfType(ManagedNodeException.class)
			.isThrownBy(() -> ManagedElasticsearch.startOrAttach(settings))
			.withMessageContaining("exited before it became ready")
			.withMessageContaining(home.resolve("node-console.log").toString())
			.withMessageContaining("fatal: this distribution cannot start");
		assertThat(home.resolve("node.json")).doesNotExist();
	}

	@Test
	void aNodeThatIsNotReadyInTimeIsStoppedAndReportedWithItsLog() {
		Path home = ManagedElasticsearchIT.HOMES.resolve("failure-timeout");
		ManagedNodeSettings settings = ManagedNodeSettings.defaults(home).withStartTimeout(Duration.ofSeconds(2));

		assertThatExceptionOfType(ManagedNodeException.class)
			.isThrownBy(() -> ManagedElasticsearch.startOrAttach(settings))
			.withMessageContaining("did not become ready")
			.withMessageContaining("within 2 s")
			.withMessageContaining(home.resolve("node-console.log").toString());
		assertThat(NodeProcesses.of(-1, home)).isEmpty();
		assertThat(home.resolve("node.json")).doesNotExist();
	}

	// Stands in for a distribution whose launcher fails, as a missing Java or a bad
	// option would.
	private static Path brokenDistribution(Path zip) throws IOException {
		Files.createDirectories(zip.getParent());
		Map<String, String> entries = Map.of("elasticsearch-0.0.0-broken/bin/elasticsearch",
				"#!/bin/sh\necho 'fatal: this distribution cannot start' >&2\nexit 1\n",
				"elasticsearch-0.0.0-broken/config/elasticsearch.yml", "");
		try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				zipOut.putNextEntry(new ZipEntry(entry.getKey()));
				zipOut.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zipOut.closeEntry();
			}
		}
		return zip;
	}

}
