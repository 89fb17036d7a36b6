package cn.guifan.registry.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

/**
 * Closed-loop HTTP clients for the cluster and soak benchmarks: each client sends the
 * request its generator gives, waits for the answer, and records when it started, what it
 * was, the status and the time taken. A request that gets no answer (connection refused,
 * timeout) is recorded with status 0.
 */
final class LoadClients {

	/** One request as it went; the answer's start when it failed. */
	record Sample(long startNanos, String kind, int status, double millis, String failure) {

		boolean failed() {
			// Every request a benchmark sends is one that answers 200 when all is well.
			return this.status != 200;
		}

	}

	private LoadClients() {
	}

	/**
	 * Runs {@code clients} clients until {@code deadline} (System.nanoTime); the
	 * generator gets the client's number and its running count and returns the kind and
	 * the request.
	 */
	static List<Sample> run(int clients, long deadline, Duration timeout,
			BiFunction<Integer, Integer, Map.Entry<String, HttpRequest>> generator) throws Exception {
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Sample> all = Collections.synchronizedList(new ArrayList<>());
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				int client = c;
				futures.add(pool.submit(() -> {
					int n = 0;
					while (System.nanoTime() < deadline) {
						Map.Entry<String, HttpRequest> next = generator.apply(client, n++);
						HttpRequest request = HttpRequest.newBuilder(next.getValue(), (name, value) -> true)
							.timeout(timeout)
							.build();
						long start = System.nanoTime();
						int status;
						String failure = "";
						try {
							HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
							status = response.statusCode();
							if (status != 200) {
								failure = request.method() + " " + request.uri().getPath() + ": "
										+ response.body().substring(0, Math.min(300, response.body().length()));
							}
						}
						catch (java.io.IOException ex) {
							status = 0;
							failure = ex.toString();
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							return;
						}
						all.add(new Sample(start, next.getKey(), status, (System.nanoTime() - start) / 1e6, failure));
					}
				}));
			}
			for (Future<?> f : futures) {
				f.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		return new ArrayList<>(all);
	}

	/** The first failure of each kind and status, to tell what went wrong. */
	static String failures(List<Sample> samples) {
		Map<String, String> first = new TreeMap<>();
		for (Sample s : samples) {
			if (s.failed()) {
				first.putIfAbsent(s.kind() + " " + s.status(), s.failure());
			}
		}
		StringBuilder out = new StringBuilder();
		first.forEach((k, v) -> out.append("  ").append(k).append(": ").append(v).append('\n'));
		return out.toString();
	}

	static double percentile(List<Sample> samples, double p) {
		if (samples.isEmpty()) {
			return Double.NaN;
		}
		double[] sorted = samples.stream().mapToDouble(Sample::millis).sorted().toArray();
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	/** A line per kind and one for all: requests, failures, p50, p99, max. */
	static String table(List<Sample> samples) {
		Map<String, List<Sample>> byKind = new TreeMap<>();
		for (Sample s : samples) {
			byKind.computeIfAbsent(s.kind(), (k) -> new ArrayList<>()).add(s);
		}
		byKind.put("(all)", samples);
		StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-14s %9s %8s %9s %9s %9s%n", "kind",
				"requests", "failed", "p50 ms", "p99 ms", "max ms"));
		byKind.forEach((kind,
				list) -> out.append(String.format(Locale.ROOT, "%-14s %9d %8d %9.1f %9.1f %9.1f%n", kind, list.size(),
						list.stream().filter(Sample::failed).count(), percentile(list, 50), percentile(list, 99),
						list.stream().mapToDouble(Sample::millis).max().orElse(Double.NaN))));
		return out.toString();
	}

}
