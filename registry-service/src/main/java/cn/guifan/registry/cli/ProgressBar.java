package cn.guifan.registry.cli;

import java.io.PrintStream;

import cn.guifan.ingest.job.IngestMonitor;

/**
 * Draws an ingest's progress on the terminal: a bar redrawn in place on a terminal, a
 * line every few seconds when the output goes to a file or a pipe.
 */
final class ProgressBar implements AutoCloseable {

	private static final int WIDTH = 30;

	private final IngestMonitor monitor;

	private final PrintStream out;

	private final boolean interactive;

	private final Thread thread;

	private volatile boolean running = true;

	private volatile String lastPrinted = "";

	private ProgressBar(IngestMonitor monitor, PrintStream out, boolean interactive) {
		this.monitor = monitor;
		this.out = out;
		this.interactive = interactive;
		this.thread = new Thread(this::loop, "guifan-progress");
		this.thread.setDaemon(true);
	}

	static ProgressBar start(IngestMonitor monitor, PrintStream out) {
		ProgressBar bar = new ProgressBar(monitor, out, System.console() != null);
		bar.thread.start();
		return bar;
	}

	private void loop() {
		long lastLine = 0;
		while (this.running) {
			long now = System.currentTimeMillis();
			if (this.monitor.snapshot().total() == 0) {
				// Still listing the files.
			}
			else if (this.interactive) {
				this.out.print("\r" + render(this.monitor.snapshot()));
				this.out.flush();
			}
			else if (now - lastLine > 5_000) {
				printLine(render(this.monitor.snapshot()));
				lastLine = now;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private void printLine(String line) {
		this.out.println(line);
		this.lastPrinted = line;
	}

	static String render(IngestMonitor.Counts c) {
		long total = Math.max(c.total(), 1);
		long done = Math.min(c.done(), total);
		int filled = (int) (WIDTH * done / total);
		return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + c.total() + " 个文件  新入库 "
				+ c.stored() + "  并入 " + c.merged() + "  重复 " + c.duplicates() + "  跳过 " + c.skipped();
	}

	@Override
	public void close() {
		this.running = false;
		this.thread.interrupt();
		try {
			this.thread.join(1_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		String last = render(this.monitor.snapshot());
		if (this.interactive) {
			this.out.println("\r" + last);
		}
		else if (!last.equals(this.lastPrinted)) {
			printLine(last);
		}
	}

}
