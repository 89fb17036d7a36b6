package cn.guifan.managed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks a node for {@code /_cluster/health}. {@code GET /} is no use: the integ-test
 * distribution lacks the module that answers it (405).
 */
final class HealthProbe {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/**
	 * One request that lets the node wait briefly for yellow.
	 * @param node the node's base URI
	 * @param clusterName the cluster name the answer must carry, so that another process
	 * on a reused port does not pass for our node
	 * @return the status (green or yellow) if the node is ready, empty otherwise
	 */
	Optional<String> readyStatus(URI node, String clusterName) {
		HttpRequest request = HttpRequest.newBuilder(node.resolve("/_cluster/health?wait_for_status=yellow&timeout=2s"))
			.timeout(Duration.ofSeconds(10))
			.GET()
			.build();
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				return Optional.empty();
			}
			JsonNode health = JSON.readTree(response.body());
			String status = health.path("status").asString("");
			boolean ours = clusterName.equals(health.path("cluster_name").asString(""));
			boolean ready = status.equals("green") || status.equals("yellow");
			return (ours && ready) ? Optional.of(status) : Optional.empty();
		}
		catch (IOException | JacksonException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	/**
	 * Polls until the node is ready or the time is up.
	 */
	boolean awaitReady(URI node, String clusterName, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		do {
			if (readyStatus(node, clusterName).isPresent()) {
				return true;
			}
			if (!Pause.sleep(Duration.ofMillis(250))) {
				return false;
			}
		}
		while (System.nanoTime() < deadline);
		return false;
	}

}
