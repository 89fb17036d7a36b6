package cn.guifan.registry.operations;

/**
 * A backup, restore or move that cannot go on; the message is for the operator, in
 * Chinese, and says what to do.
 */
public class BackupException extends RuntimeException {

	public BackupException(String message) {
		super(message);
	}

	public BackupException(String message, Throwable cause) {
		super(message, cause);
	}

}
