package cn.guifan.registry.citation;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import cn.guifan.ingest.testing.Bombs;
import cn.guifan.ingest.testing.TestFiles;
import cn.guifan.managed.testing.TestElasticsearch;
import cn.guifan.registry.support.GuifanProcess;
import cn.guifan.registry.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous uploads cannot take the service down. The service runs as {@code ./guifan}
 * runs it, in a 512 MB heap that ends the process on an OutOfMemoryError. Eight people
 * upload at once a 2 MB Word file whose XML expands to 600 MB (before the fix, four of
 * them took every thread of the service out of memory): each is refused, as too long or
 * as busy, while searches go on answering, and the service then checks a real draft.
 */
class UploadBombIT {

	@TempDir
	Path tmp;

	@Test
	void concurrentBombsAreRefusedWhileSearchesKeepAnswering() throws Exception {
		Path data = GuifanProcess.dataDir("upload-bomb-it");
		try (GuifanProcess service = GuifanProcess.start(data, "512m",
				Map.of("ELASTICSEARCH_URIS", TestElasticsearch.httpUri().toString()), "demo", "--port=0",
				"--guifan.elasticsearch.alias=test-bomb-" + System.nanoTime(),
				"--guifan.citation-check.max-concurrent-parses=2", "--guifan.citation-check.queue-wait=0s")) {
			Http http = new Http(service.awaitPort());
			awaitHits(http, "占道经营");
			byte[] bomb = Files.readAllBytes(Bombs.docx(this.tmp.resolve("bomb.docx"), 600));

			AtomicBoolean bombing = new AtomicBoolean(true);
			AtomicInteger searches = new AtomicInteger();
			List<Integer> searchFailures = new ArrayList<>();
			CompletableFuture<Void> searching = CompletableFuture.runAsync(() -> {
				while (bombing.get()) {
					int status = http.get("/api/v1/documents?q=" + Http.encode("占道经营")).statusCode();
					searches.incrementAndGet();
					if (status != 200) {
						synchronized (searchFailures) {
							searchFailures.add(status);
						}
					}
				}
			});
			ExecutorService uploaders = Executors.newFixedThreadPool(8);
			List<Future<HttpResponse<String>>> uploads = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				uploads.add(uploaders.submit(() -> http.postFile("/api/v1/citation-check", "草案.docx", bomb)));
			}
			int tooLong = 0;
			int busy = 0;
			for (Future<HttpResponse<String>> upload : uploads) {
				HttpResponse<String> response = upload.get();
				if (response.statusCode() == 503) {
					assertThat(response.headers().firstValue("Retry-After")).isPresent();
					assertThat(response.body()).contains("上传文件过多");
					busy++;
				}
				else {
					assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
					assertThat(response.body()).contains("草案.docx").contains("2000000 字的上限");
					tooLong++;
				}
			}
			bombing.set(false);
			searching.get();
			uploaders.shutdown();

			assertThat(tooLong).as("uploads read (and refused at the checker's limit)").isGreaterThanOrEqualTo(2);
			assertThat(busy).as("uploads beyond two at once refused as busy").isGreaterThanOrEqualTo(1);
			assertThat(searches.get()).isPositive();
			assertThat(searchFailures).as("searches answered while the bombs were read").isEmpty();
			assertThat(service.process().isAlive()).as(service.output()).isTrue();

			Path draft = TestFiles.docx(this.tmp, "draft.docx", "根据《青禾县城区占道经营管理办法》，制定本规定。");
			HttpResponse<String> checked = http.postFile("/api/v1/citation-check", "draft.docx",
					Files.readAllBytes(draft));
			assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
			assertThat(http.json(checked).get("findings")).hasSize(1);
		}
	}

	private static void awaitHits(Http http, String query) throws InterruptedException {
		long deadline = System.nanoTime() + 180_000_000_000L;
		while (System.nanoTime() < deadline) {
			HttpResponse<String> response = http.get("/api/v1/documents?q=" + Http.encode(query));
			if (response.statusCode() == 200 && http.json(response).get("total").asLong() > 0) {
				return;
			}
			Thread.sleep(500);
		}
		throw new AssertionError("no search result for " + query + " within 180 s");
	}

}
