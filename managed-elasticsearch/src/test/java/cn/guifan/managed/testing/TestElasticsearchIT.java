package cn.guifan.managed.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

class TestElasticsearchIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void givesAHealthyClusterAndTheSameOneEveryTime() throws Exception {
		URI uri = TestElasticsearch.httpUri();

		JsonNode health = get(uri.resolve("/_cluster/health"));

		assertThat(health.path("status").asString()).isIn("green", "yellow");
		assertThat(TestElasticsearch.httpUri()).isEqualTo(uri);
	}

	@Test
	void theBuildsNodeBelongsToTheMavenProcessNotToThisTestJvm() throws IOException {
		String home = System.getProperty(TestElasticsearch.HOME_PROPERTY);
		assumeThat(home).as("run by failsafe, which sets " + TestElasticsearch.HOME_PROPERTY).isNotNull();
		assumeThat(System.getenv(TestElasticsearch.URIS_VARIABLE)).isNull();
		URI uri = TestElasticsearch.httpUri();

		JsonNode state = JSON.readTree(Files.readString(Path.of(home, "node.json")));

		assertThat(state.path("httpPort").asInt()).isEqualTo(uri.getPort());
		assertThat(state.path("ownerPid").asLong()).isNotEqualTo(ProcessHandle.current().pid())
			.isEqualTo(TestElasticsearch.buildProcess().pid());
		assertThat(ProcessHandle.of(state.path("ownerPid").asLong()).flatMap((p) -> p.info().command()))
			.hasValueSatisfying((command) -> assertThat(command).endsWith("java"));
	}

	private static JsonNode get(URI uri) throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

}
