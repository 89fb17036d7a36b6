package cn.guifan.managed;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;

/**
 * Picks ports that are free on the loopback interface right now. Another process may take
 * them before the node binds; the caller retries with new ports when the node fails to
 * bind.
 */
final class PortPicker {

	private PortPicker() {
	}

	static NodePorts pick() {
		// Both sockets stay open until both ports are known, so the kernel cannot hand
		// out the same port twice.
		InetAddress loopback = loopback();
		try (ServerSocket http = new ServerSocket(0, 1, loopback);
				ServerSocket transport = new ServerSocket(0, 1, loopback)) {
			return new NodePorts(http.getLocalPort(), transport.getLocalPort());
		}
		catch (IOException ex) {
			throw new ManagedNodeException("Cannot find free ports on " + loopback + ": " + ex.getMessage(), ex);
		}
	}

	// The node binds 127.0.0.1 (see NodeConfig), even where Java would prefer ::1.
	private static InetAddress loopback() {
		try {
			return InetAddress.getByAddress(NodeConfig.LOOPBACK_HOST, new byte[] { 127, 0, 0, 1 });
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("try") // binding the socket is the test
	static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, loopback())) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
