package cn.guifan.registry.operations;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import java.util.concurrent.atomic.AtomicInteger;

import cn.guifan.registry.document.Documents;
import cn.guifan.registry.support.Http;
import cn.guifan.registry.support.RegistryIntegrationTest;
import cn.guifan.registry.support.SampleFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actuator as monitoring sees it: the health summary and the probes answer anyone,
 * the components (database, Elasticsearch, outbox, expiry sweep) and the Prometheus
 * metrics only administrators and the scraper's token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "guifan.security.users[0].name=admin", "guifan.security.users[0].password={noop}admin-pw",
				"guifan.security.users[0].roles=ADMIN", "guifan.security.users[1].name=registrar",
				"guifan.security.users[1].password={noop}registrar-pw", "guifan.security.users[1].roles=REGISTRAR",
				"guifan.operations.scrape-token=scrape-secret-123" })
class HealthAndMetricsIT extends RegistryIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	SampleFixture samples;

	@Autowired
	Documents documents;

	@Autowired
	CountingHealthIndicator probe;

	/** A check that counts how often it runs. */
	@TestConfiguration
	static class CountingCheck {

		@Bean
		CountingHealthIndicator countingHealthIndicator() {
			return new CountingHealthIndicator();
		}

	}

	static final class CountingHealthIndicator implements HealthIndicator {

		final AtomicInteger calls = new AtomicInteger();

		@Override
		public Health health() {
			this.calls.incrementAndGet();
			return Health.up().build();
		}

	}

	@Test
	void theSummaryIsPublicAndTheDetailsAreForAdministrators() throws Exception {
		Http http = new Http(this.port);
		HttpResponse<String> anonymous = http.get("/actuator/health");
		assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(200);
		JsonNode summary = http.json(anonymous);
		assertThat(summary.path("status").asString()).isEqualTo("UP");
		assertThat(summary.has("components")).as("no details for anonymous callers: " + anonymous.body()).isFalse();

		assertThat(http.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		assertThat(http.get("/actuator/health/readiness").statusCode()).isEqualTo(200);

		HttpResponse<String> registrar = http.getAs("/actuator/health", "registrar", "registrar-pw");
		assertThat(http.json(registrar).has("components")).as(registrar.body()).isFalse();

		HttpResponse<String> admin = http.getAs("/actuator/health", "admin", "admin-pw");
		JsonNode components = http.json(admin).path("components");
		assertThat(components.path("db").path("status").asString()).as(admin.body()).isEqualTo("UP");
		assertThat(components.path("elasticsearch").path("status").asString()).as(admin.body()).isEqualTo("UP");
		assertThat(components.path("elasticsearch").path("details").path("message").asString()).isEqualTo("检索服务正常");
		assertThat(components.path("outbox").path("details").has("pending")).as(admin.body()).isTrue();
		assertThat(components.path("expirySweep").path("status").asString()).as(admin.body()).isIn("UNKNOWN", "UP");
	}

	@Test
	void anAnonymousProbeIsAnsweredFromTheLastFewSecondsWithoutRunningTheChecks() throws Exception {
		Http http = new Http(this.port);
		assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
		int checked = this.probe.calls.get();
		for (int i = 0; i < 5; i++) {
			assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
		}
		// Run at most once more (the answer cached may have expired meanwhile), not five
		// times.
		assertThat(this.probe.calls.get()).isLessThanOrEqualTo(checked + 1);
	}

	@Test
	void metricsAreForAdministratorsAndTheScraper() throws Exception {
		this.samples.load();
		Http http = new Http(this.port);
		HttpResponse<String> anonymous = http.get("/actuator/prometheus");
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.body()).containsPattern("\\p{IsHan}");
		assertThat(http.getAs("/actuator/prometheus", "registrar", "registrar-pw").statusCode()).isEqualTo(403);
		assertThat(http
			.send(HttpRequest.newBuilder(http.uri("/actuator/prometheus"))
				.header("Authorization", "Bearer wrong-token")
				.GET())
			.statusCode()).isEqualTo(401);

		HttpResponse<String> admin = http.getAs("/actuator/prometheus", "admin", "admin-pw");
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(admin.body()).contains("guifan_documents{application=\"guifan\"} " + this.documents.count() + ".0")
			.contains("guifan_outbox_pending")
			.contains("guifan_outbox_oldest_age_seconds")
			.contains("guifan_ingest_runs")
			.contains("guifan_expiry_sweep_age_seconds")
			.contains("jvm_memory_used_bytes");

		HttpResponse<String> scraper = http.send(HttpRequest.newBuilder(http.uri("/actuator/prometheus"))
			.header("Authorization", "Bearer scrape-secret-123")
			.GET());
		assertThat(scraper.statusCode()).isEqualTo(200);
		assertThat(scraper.body()).contains("guifan_documents");
		// The scraper reads monitoring only, nothing of the registry.
		assertThat(http
			.send(HttpRequest.newBuilder(http.uri("/api/v1/audit"))
				.header("Authorization", "Bearer scrape-secret-123")
				.GET())
			.statusCode()).isEqualTo(401);
	}

}
