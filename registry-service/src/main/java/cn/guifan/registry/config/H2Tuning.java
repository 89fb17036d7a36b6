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
 * <p>
 * {@code guifan.h2.url-options}: further settings appended to an H2 URL as they are
 * ({@code ;CACHE_SIZE=65536}), so that an operator or a benchmark
 * ({@code scripts/benchmark ingest --versus guifan.h2.url-options=…}) can set one without
 * repeating the whole URL and its data folder.
 */
class H2Tuning implements BeanPostProcessor {

	/** The property whose value is appended to an H2 URL. */
	static final String URL_OPTIONS = "guifan.h2.url-options";

	static final String QUERY_CACHE_SIZE = "QUERY_CACHE_SIZE";

	/** Statements whose parsed form each connection keeps. */
	static final int QUERY_CACHE_STATEMENTS = 256;

	static final String REUSE_RESULTS = "OPTIMIZE_REUSE_RESULTS";

	private final String options;

	H2Tuning(String options) {
		this.options = options;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof DataSourceProperties properties && properties.getUrl() != null) {
			properties.setUrl(tuned(properties.getUrl(), this.options));
		}
		return bean;
	}

	/** The URL with the settings added, if it is H2's and does not set them. */
	static String tuned(String url) {
		return tuned(url, "");
	}

	/**
	 * The URL with the given options ({@code ;NAME=VALUE…}, a leading semicolon optional)
	 * and then the settings it does not set added, if it is H2's.
	 */
	static String tuned(String url, String options) {
		if (!url.toUpperCase(Locale.ROOT).startsWith("JDBC:H2:")) {
			return url;
		}
		String tuned = url;
		String extra = options.strip();
		if (!extra.isEmpty()) {
			tuned += extra.startsWith(";") ? extra : ";" + extra;
		}
		String upper = tuned.toUpperCase(Locale.ROOT);
		if (!upper.contains(";" + REUSE_RESULTS + "=")) {
			tuned += ";" + REUSE_RESULTS + "=FALSE";
		}
		if (!upper.contains(";" + QUERY_CACHE_SIZE + "=")) {
			tuned += ";" + QUERY_CACHE_SIZE + "=" + QUERY_CACHE_STATEMENTS;
		}
		return tuned;
	}

}
