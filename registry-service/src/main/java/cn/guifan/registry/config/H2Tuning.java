package cn.guifan.registry.config;

import java.util.Locale;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/**
 * Settings of the embedded H2 database that ingest's speed depends on, added to an H2 URL
 * that does not set them itself.
 * <p>
 * {@code QUERY_CACHE_SIZE}: H2 keeps the parsed form of the last 8 statements of a
 * connection. Storing one document runs some thirty different statements (the document,
 * its version, names, issuers, sources, events, relations, references, the outbox), so
 * every statement was parsed again each time: 7.5 % of the CPU samples of an ingest
 * ({@code scripts/benchmark ingest --jfr}, {@code JdbcConnection.prepareCommand}). The
 * setting is read when the database opens and is not kept in it, hence the URL.
 * <p>
 * {@code OPTIMIZE_REUSE_RESULTS=FALSE}: a cached statement may otherwise answer with the
 * result of its previous run. H2 2.4 reuses the result of the {@code NOT EXISTS} of an
 * {@code INSERT … SELECT … WHERE NOT EXISTS} run twice with the same values in one
 * transaction, so the second run inserted the row again and failed on the primary key (a
 * document's alias added by two of its versions in one chunk: the chunk was rolled back
 * and stored again file by file). With the default cache of 8 statements this happened
 * only when such a statement came back within 8; with more cached, it happens often.
 * Results are not reused at all, then: the registry's queries read by keys.
 */
class H2Tuning implements BeanPostProcessor {

	static final String QUERY_CACHE_SIZE = "QUERY_CACHE_SIZE";

	/** Statements whose parsed form each connection keeps. */
	static final int QUERY_CACHE_STATEMENTS = 256;

	static final String REUSE_RESULTS = "OPTIMIZE_REUSE_RESULTS";

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof DataSourceProperties properties && properties.getUrl() != null) {
			properties.setUrl(tuned(properties.getUrl()));
		}
		return bean;
	}

	/** The URL with the settings added, if it is H2's and does not set them. */
	static String tuned(String url) {
		String upper = url.toUpperCase(Locale.ROOT);
		if (!upper.startsWith("JDBC:H2:")) {
			return url;
		}
		String tuned = url;
		if (!upper.contains(";" + REUSE_RESULTS + "=")) {
			tuned += ";" + REUSE_RESULTS + "=FALSE";
		}
		if (!upper.contains(";" + QUERY_CACHE_SIZE + "=")) {
			tuned += ";" + QUERY_CACHE_SIZE + "=" + QUERY_CACHE_STATEMENTS;
		}
		return tuned;
	}

}
