package cn.guifan.search.index;

/**
 * Elasticsearch could not be reached or refused a whole request; nothing of it was
 * written.
 */
public class IndexUnavailableException extends RuntimeException {

	public IndexUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
