package cn.guifan.registry.export;

/**
 * A file cannot be generated on this installation (no CJK font to embed); the message
 * says what to install or configure.
 */
public class ExportUnavailableException extends RuntimeException {

	public ExportUnavailableException(String message) {
		super(message);
	}

	public ExportUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
