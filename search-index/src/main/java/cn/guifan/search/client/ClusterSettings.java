package cn.guifan.search.client;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * How to reach an Elasticsearch cluster that someone else runs. When these are given,
 * Guifan starts no node of its own.
 *
 * @param uris the HTTP(S) addresses of the cluster's nodes
 * @param username basic-auth user, or null
 * @param password basic-auth password, or null
 * @param apiKey an encoded API key, used instead of basic auth when present
 * @param caCertificate a PEM file with the CA that signed the cluster's certificate, for
 * TLS with a private CA
 * @param connectTimeout how long to wait for a connection
 * @param socketTimeout how long to wait for a response
 */
public record ClusterSettings(List<URI> uris, @Nullable String username, @Nullable String password,
		@Nullable String apiKey, @Nullable Path caCertificate, Duration connectTimeout, Duration socketTimeout) {

	public ClusterSettings {
		uris = List.copyOf(uris);
		if (uris.isEmpty()) {
			throw new IllegalArgumentException("at least one Elasticsearch URI is needed");
		}
		for (URI uri : uris) {
			if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
				throw new IllegalArgumentException("Elasticsearch URI must be http or https: " + uri);
			}
			if (uri.getHost() == null) {
				throw new IllegalArgumentException("Elasticsearch URI has no host: " + uri);
			}
		}
		Objects.requireNonNull(connectTimeout, "connectTimeout");
		Objects.requireNonNull(socketTimeout, "socketTimeout");
	}

	/** A local node without security, as the managed node runs. */
	public static ClusterSettings local(URI uri) {
		return new ClusterSettings(List.of(uri), null, null, null, null, Duration.ofSeconds(5), Duration.ofSeconds(60));
	}

	/**
	 * Parses a comma-separated list of URIs, as in the ELASTICSEARCH_URIS environment
	 * variable.
	 */
	public static List<URI> parseUris(String commaSeparated) {
		return java.util.Arrays.stream(commaSeparated.split(","))
			.map(String::strip)
			.filter((s) -> !s.isEmpty())
			.map(URI::create)
			.toList();
	}

}
