package cn.guifan.search.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Base64;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.jspecify.annotations.Nullable;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Elasticsearch client of a process, with the low-level REST client underneath
 * it.
 * <p>
 * Built by hand rather than by Spring Boot's auto-configuration, which in Boot 4 needs
 * the 9.x client; the 9.x client sends {@code compatible-with=9}, which 8.x nodes reject,
 * while this 8.19 client talks to 8.x and 9.x clusters alike.
 */
public final class SearchClient implements AutoCloseable {

	private final RestClient restClient;

	private final ElasticsearchClient client;

	private SearchClient(RestClient restClient) {
		this.restClient = restClient;
		this.client = new ElasticsearchClient(
				new RestClientTransport(restClient, new Jackson3JsonpMapper(JsonMapper.builder().build())));
	}

	/** Connects to the cluster described by the settings (no request is sent yet). */
	public static SearchClient connect(ClusterSettings settings) {
		HttpHost[] hosts = settings.uris()
			.stream()
			.map((uri) -> new HttpHost(uri.getHost(), uri.getPort(), uri.getScheme()))
			.toArray(HttpHost[]::new);
		RestClientBuilder builder = RestClient.builder(hosts)
			.setRequestConfigCallback((config) -> config.setConnectTimeout((int) settings.connectTimeout().toMillis())
				.setSocketTimeout((int) settings.socketTimeout().toMillis()));
		if (settings.apiKey() != null) {
			builder.setDefaultHeaders(new Header[] { new BasicHeader("Authorization", "ApiKey " + settings.apiKey()) });
		}
		SSLContext sslContext = (settings.caCertificate() != null) ? trusting(settings) : null;
		builder.setHttpClientConfigCallback((http) -> {
			if (settings.username() != null && settings.apiKey() == null) {
				BasicCredentialsProvider credentials = new BasicCredentialsProvider();
				credentials.setCredentials(AuthScope.ANY,
						new UsernamePasswordCredentials(settings.username(), nullToEmpty(settings.password())));
				http.setDefaultCredentialsProvider(credentials);
			}
			if (sslContext != null) {
				http.setSSLContext(sslContext);
			}
			return http;
		});
		return new SearchClient(builder.build());
	}

	public ElasticsearchClient client() {
		return this.client;
	}

	/** The low-level client, for the few calls the typed client has no shape for. */
	public RestClient restClient() {
		return this.restClient;
	}

	@Override
	public void close() {
		try {
			this.restClient.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("closing the Elasticsearch client failed", ex);
		}
	}

	private static SSLContext trusting(ClusterSettings settings) {
		try (InputStream in = Files.newInputStream(settings.caCertificate())) {
			Certificate ca = CertificateFactory.getInstance("X.509").generateCertificate(in);
			KeyStore trustStore = KeyStore.getInstance("pkcs12");
			trustStore.load(null, null);
			trustStore.setCertificateEntry("ca", ca);
			TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			tmf.init(trustStore);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, tmf.getTrustManagers(), null);
			return context;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the CA certificate " + settings.caCertificate(), ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("the CA certificate " + settings.caCertificate() + " is not usable", ex);
		}
	}

	private static String nullToEmpty(@Nullable String s) {
		return (s != null) ? s : "";
	}

	/** Encodes an API key id and secret the way the Authorization header wants them. */
	public static String encodeApiKey(String id, String secret) {
		return Base64.getEncoder()
			.encodeToString((id + ":" + secret).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

}
