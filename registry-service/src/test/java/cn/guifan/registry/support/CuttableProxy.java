package cn.guifan.registry.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy in front of Elasticsearch whose connection can be cut and restored, to test
 * what the registry does while the cluster is unreachable, without stopping the build's
 * shared node.
 */
public final class CuttableProxy implements AutoCloseable {

	private final InetSocketAddress target;

	private final int port;

	private final List<Socket> open = new CopyOnWriteArrayList<>();

	private volatile ServerSocket server;

	private volatile Thread acceptor;

	public CuttableProxy(URI target) {
		this.target = new InetSocketAddress(target.getHost(), target.getPort());
		try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			this.port = probe.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		restore();
	}

	public URI uri() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

	/**
	 * Refuses new connections and breaks the open ones, like a cluster that went away.
	 */
	public synchronized void cut() {
		try {
			if (this.server != null) {
				this.server.close();
			}
			for (Socket socket : this.open) {
				socket.close();
			}
			this.open.clear();
			if (this.acceptor != null) {
				this.acceptor.join(2_000);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Accepts connections again, on the same port. */
	public synchronized void restore() {
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port));
			this.server = socket;
			this.acceptor = new Thread(() -> accept(socket), "cuttable-proxy");
			this.acceptor.setDaemon(true);
			this.acceptor.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void accept(ServerSocket socket) {
		while (!socket.isClosed()) {
			try {
				Socket client = socket.accept();
				Socket upstream = new Socket(this.target.getAddress(), this.target.getPort());
				this.open.add(client);
				this.open.add(upstream);
				pump(client.getInputStream(), upstream.getOutputStream(), client, upstream);
				pump(upstream.getInputStream(), client.getOutputStream(), client, upstream);
			}
			catch (IOException ex) {
				// Closed by cut().
			}
		}
	}

	private static void pump(InputStream in, OutputStream out, Socket a, Socket b) {
		Thread t = new Thread(() -> {
			try {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// The other side closed.
			}
			finally {
				closeQuietly(a);
				closeQuietly(b);
			}
		}, "cuttable-proxy-pump");
		t.setDaemon(true);
		t.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Already closed.
		}
	}

	@Override
	public void close() {
		cut();
	}

}
