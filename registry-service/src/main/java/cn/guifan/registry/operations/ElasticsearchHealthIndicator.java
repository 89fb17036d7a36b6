package cn.guifan.registry.operations;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import cn.guifan.registry.elasticsearch.SearchBackend;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health component {@code elasticsearch}: the cluster's own health (green and yellow are
 * up: a single node has no replicas), {@code DOWN} when it is red or does not answer.
 * Searches answer 503 meanwhile; the registry itself keeps working.
 */
@Component
@ConditionalOnProperty(name = "guifan.elasticsearch.enabled", matchIfMissing = true)
class ElasticsearchHealthIndicator implements HealthIndicator {

	private final SearchBackend backend;

	ElasticsearchHealthIndicator(SearchBackend backend) {
		this.backend = backend;
	}

	@Override
	public Health health() {
		try {
			HealthResponse cluster = this.backend.client().client().cluster().health();
			Health.Builder health = (cluster.status() == HealthStatus.Red) ? Health.down() : Health.up();
			return health.withDetail("cluster", cluster.clusterName())
				.withDetail("status", cluster.status().jsonValue())
				.withDetail("nodes", cluster.numberOfNodes())
				.withDetail("alias", this.backend.alias())
				.withDetail("message", (cluster.status() == HealthStatus.Red) ? "检索集群状态为红色：部分索引数据不可用" : "检索服务正常")
				.build();
		}
		catch (Exception ex) {
			return Health.down()
				.withDetail("message", "检索服务不可用：" + ((ex.getMessage() != null) ? ex.getMessage() : ex.toString()))
				.build();
		}
	}

}
