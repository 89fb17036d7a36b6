package cn.guifan.registry.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for end-to-end tests against the running application. */
public final class Http {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final String base;

	public Http(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public HttpResponse<String> get(String pathAndQuery) {
		return exchange(HttpRequest.newBuilder(URI.create(this.base + pathAndQuery)).GET().build());
	}

	public HttpResponse<String> post(String pathAndQuery) {
		return exchange(HttpRequest.newBuilder(URI.create(this.base + pathAndQuery))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
	}

	public HttpResponse<byte[]> getBytes(String pathAndQuery) {
		return exchange(HttpRequest.newBuilder(URI.create(this.base + pathAndQuery)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * Sends a request with a JSON body, as a user with HTTP Basic credentials (or
	 * anonymously when null).
	 */
	public HttpResponse<String> send(String method, String pathAndQuery, String json, String user, String password) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + pathAndQuery))
			.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.header("Content-Type", "application/json");
		if (user != null) {
			request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		return exchange(request.build());
	}

	/**
	 * Uploads a file as the one part of a multipart form, as a browser's file field does.
	 */
	public HttpResponse<String> postFile(String pathAndQuery, String fileName, byte[] content) {
		String boundary = "guifan-" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + pathAndQuery))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		return exchange(request);
	}

	/** GET as a user with HTTP Basic credentials. */
	public HttpResponse<String> getAs(String pathAndQuery, String user, String password) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + pathAndQuery))
			.header("Authorization",
					"Basic " + java.util.Base64.getEncoder()
						.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.GET()
			.build();
		return exchange(request);
	}

	public JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> exchange(HttpRequest request) {
		return exchange(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
		try {
			return this.client.send(request, body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
