package cn.guifan.registry.common;

/**
 * A request that cannot be carried out as asked; the message says what was wrong, for the
 * user.
 */
public class InvalidRequestException extends RuntimeException {

	private final String field;

	public InvalidRequestException(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The field or parameter that was wrong. */
	public String field() {
		return this.field;
	}

}
