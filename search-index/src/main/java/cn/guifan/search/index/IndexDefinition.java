package cn.guifan.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Elasticsearch index of document versions: settings and mappings as JSON, kept here
 * so that the index, the tests and the docs share one definition.
 * <p>
 * Text is indexed twice: {@code *.words} holds HanLP tokens joined by spaces (analyzer
 * {@code whitespace}, for precise BM25 on real words) and {@code *.chars} the raw text
 * (analyzer {@code standard}, one token per Han character, for phrases, recall and
 * highlighting). This works on any stock cluster, with no plugins.
 */
public final class IndexDefinition {

	/**
	 * The alias searches and writes go through; concrete indices are versioned behind it.
	 */
	public static final String DOCUMENTS_ALIAS = "guifan-documents";

	/**
	 * How often the index makes writes visible to searches, as the definition sets it (an
	 * ingest relaxes it while it runs).
	 */
	public static final String REFRESH_INTERVAL = "1s";

	private static final String RESOURCE = "documents-index.json";

	private IndexDefinition() {
	}

	/** The mappings alone, as the body of a put-mapping request. */
	public static String mappingsJson() {
		try {
			tools.jackson.databind.ObjectMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
			return json.writeValueAsString(json.readTree(documentsIndexJson()).get("mappings"));
		}
		catch (tools.jackson.core.JacksonException ex) {
			throw new IllegalStateException("index definition is not valid JSON", ex);
		}
	}

	/**
	 * A duration as Elasticsearch's interval setting: whole seconds ({@code 30s}), or
	 * milliseconds when it is not one; zero or less turns periodic refresh off
	 * ({@code -1}).
	 */
	public static String intervalSetting(java.time.Duration interval) {
		if (interval.isNegative() || interval.isZero()) {
			return "-1";
		}
		long millis = interval.toMillis();
		return (millis % 1000 == 0) ? (millis / 1000) + "s" : millis + "ms";
	}

	/** The settings and mappings, as the body of a create-index request. */
	public static String documentsIndexJson() {
		try (InputStream in = IndexDefinition.class.getResourceAsStream("/cn/guifan/search/index/" + RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("index definition missing from the classpath: " + RESOURCE);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read index definition " + RESOURCE, ex);
		}
	}

}
