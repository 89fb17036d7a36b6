package cn.guifan.managed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DistributionLocatorTest {

	private static final String VERSION = "8.19.21";

	@TempDir
	Path temp;

	@Test
	void anExplicitPathWinsOverTheBuildInfo() throws IOException {
		Path explicit = file("custom/elasticsearch.zip");
		Path recorded = file("recorded/elasticsearch-" + VERSION + ".zip");

		Distribution distribution = new DistributionLocator(explicit, buildInfo(VERSION, recorded.toString()),
				this.temp.resolve("repository"))
			.locate();

		assertThat(distribution.zip()).isEqualTo(explicit);
		assertThat(distribution.foundBy()).isEqualTo("explicitly configured");
	}

	@Test
	void anExplicitPathThatDoesNotExistIsAnErrorNamingIt() throws IOException {
		Path missing = this.temp.resolve("nowhere/elasticsearch.zip");
		Path recorded = file("recorded/elasticsearch-" + VERSION + ".zip");
		DistributionLocator locator = new DistributionLocator(missing, buildInfo(VERSION, recorded.toString()),
				this.temp.resolve("repository"));

		assertThatExceptionOfType(ManagedNodeException.class).isThrownBy(locator::locate)
			.withMessageContaining(missing.toString());
	}

	@Test
	void thePathRecordedAtBuildTimeComesNext() throws IOException {
		Path recorded = file("recorded/elasticsearch-" + VERSION + ".zip");

		Distribution distribution = new DistributionLocator(null, buildInfo(VERSION, recorded.toString()),
				this.temp.resolve("repository"))
			.locate();

		assertThat(distribution.zip()).isEqualTo(recorded);
	}

	@Test
	void theLocalMavenRepositoryIsSearchedWhenTheRecordedPathIsGone() throws IOException {
		Path repository = this.temp.resolve("repository");
		Path inRepository = file("repository/org/elasticsearch/distribution/integ-test-zip/elasticsearch/" + VERSION
				+ "/elasticsearch-" + VERSION + ".zip");

		Distribution distribution = new DistributionLocator(null,
				buildInfo(VERSION, this.temp.resolve("built-elsewhere.zip").toString()), repository)
			.locate();

		assertThat(distribution.zip()).isEqualTo(inRepository);
		assertThat(distribution.foundBy()).isEqualTo("local Maven repository");
	}

	@Test
	void whenNothingIsFoundTheMessageSaysWhereItLookedAndHowToGetIt() {
		Path recorded = this.temp.resolve("gone.zip");
		DistributionLocator locator = new DistributionLocator(null, buildInfo(VERSION, recorded.toString()),
				this.temp.resolve("repository"));

		assertThatExceptionOfType(ManagedNodeException.class).isThrownBy(locator::locate)
			.withMessageContaining(recorded.toString())
			.withMessageContaining("elasticsearch-" + VERSION + ".zip")
			.withMessageContaining("./mvnw -DskipTests install");
	}

	@Test
	void anUnfilteredBuildInfoCountsAsNoInformation() {
		DistributionLocator locator = new DistributionLocator(null,
				buildInfo("@elasticsearch.distribution.version@", "@some:artifact:zip@"),
				this.temp.resolve("repository"));

		assertThatExceptionOfType(ManagedNodeException.class).isThrownBy(locator::locate)
			.withMessageContaining("./mvnw -DskipTests install")
			.withMessageNotContaining("@");
	}

	@Test
	void theBuildWritesVersionAndPathIntoTheBuildInfo() {
		Properties buildInfo = DistributionLocator.loadBuildInfo();

		assertThat(buildInfo.getProperty("version")).matches("\\d+\\.\\d+\\.\\d+");
		assertThat(buildInfo.getProperty("distribution")).endsWith(".zip").doesNotStartWith("@");
	}

	private Path file(String relative) throws IOException {
		Path file = this.temp.resolve(relative);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, "zip");
	}

	private static Properties buildInfo(String version, String distribution) {
		Properties properties = new Properties();
		properties.setProperty("version", version);
		properties.setProperty("distribution", distribution);
		return properties;
	}

}
