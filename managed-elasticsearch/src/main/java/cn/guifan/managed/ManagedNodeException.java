package cn.guifan.managed;

/**
 * The managed Elasticsearch node could not be located, started, attached to or stopped.
 * The message names what was wrong (which path, which port) and, when the node itself
 * failed, ends with the tail of its log.
 */
public class ManagedNodeException extends RuntimeException {

	public ManagedNodeException(String message) {
		super(message);
	}

	public ManagedNodeException(String message, Throwable cause) {
		super(message, cause);
	}

}
