package cn.guifan.search.index;

import org.jspecify.annotations.Nullable;

/**
 * Elasticsearch could not be reached or refused a whole request; nothing of it was
 * written.
 */
public class IndexUnavailableException extends RuntimeException {

	public IndexUnavailableException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
