package cn.guifan.search.query;

import java.io.IOException;

import cn.guifan.search.index.IndexUnavailableException;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;

/** A request to Elasticsearch, with its failures as {@link IndexUnavailableException}. */
final class EsCalls {

	private EsCalls() {
	}

	static <T> T call(IoCall<T> call) {
		try {
			return call.run();
		}
		catch (ElasticsearchException ex) {
			String cause = ex.error().rootCause().isEmpty() ? "" : " (" + ex.error().rootCause().get(0).reason() + ")";
			throw new IndexUnavailableException("search failed: " + ex.getMessage() + cause, ex);
		}
		catch (IOException ex) {
			throw new IndexUnavailableException("search index unreachable: " + ex.getMessage(), ex);
		}
	}

	@FunctionalInterface
	interface IoCall<T> {

		T run() throws IOException;

	}

}
