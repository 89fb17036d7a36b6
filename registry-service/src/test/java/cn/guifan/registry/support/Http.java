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

	private static final java.util.regex.Pattern CSRF = java.util.regex.Pattern
		.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

	private final HttpClient client;

	private final String base;

	public Http(int port) {
		this(port, HttpClient.newHttpClient());
	}

	private Http(int port, HttpClient client) {
		this.base = "http://127.0.0.1:" + port;
		this.client = client;
	}

	/**
	 * A client that keeps cookies, as a browser does (a session after a form login, the
	 * CSRF cookie) and does not follow redirects.
	 */
	public static Http browser(int port) {
		return new Http(port,
				HttpClient.newBuilder()
					.cookieHandler(new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL))
					.followRedirects(HttpClient.Redirect.NEVER)
					.build());
	}

	/** Signs in with the login form (a {@link #browser} client); returns the answer. */
	public HttpResponse<String> login(String user, String password) {
		return postForm("/login", "/login", java.util.Map.of("username", user, "password", password));
	}

	/**
	 * Posts a form as a browser would after opening {@code pagePath}: with the CSRF token
	 * that page carries.
	 */
	public HttpResponse<String> postForm(String pagePath, String actionPath, java.util.Map<String, String> fields) {
		String token = csrfToken(get(pagePath).body());
		StringBuilder body = new StringBuilder();
		java.util.Map<String, String> all = new java.util.LinkedHashMap<>(fields);
		if (token != null) {
			all.put("_csrf", token);
		}
		all.forEach((name, value) -> body.append((body.length() > 0) ? "&" : "")
			.append(encode(name))
			.append('=')
			.append(encode(value)));
		return exchange(HttpRequest.newBuilder(URI.create(this.base + actionPath))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build());
	}

	/** The CSRF token of a page's forms, if it has one. */
	public static String csrfToken(String page) {
		java.util.regex.Matcher m = CSRF.matcher(page);
		return m.find() ? ((m.group(1) != null) ? m.group(1) : m.group(2)) : null;
	}

	/** Sends a request as built by the caller (headers, method, body). */
	public HttpResponse<String> send(HttpRequest.Builder request) {
		return exchange(request.build());
	}

	/** The address of a path on the server under test. */
	public URI uri(String pathAndQuery) {
		return URI.create(this.base + pathAndQuery);
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
