package cn.guifan.search.query;

/**
 * A search that cannot be run as asked; the message says what was wrong, for the user.
 */
public class InvalidSearchException extends RuntimeException {

	private final String parameter;

	public InvalidSearchException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	/** The request parameter that was wrong. */
	public String parameter() {
		return this.parameter;
	}

}
