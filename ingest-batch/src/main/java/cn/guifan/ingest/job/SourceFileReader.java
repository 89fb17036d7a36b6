package cn.guifan.ingest.job;

import java.nio.file.Path;
import java.util.List;

import cn.guifan.ingest.source.SourceFileItem;
import cn.guifan.ingest.source.SourceFiles;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the files of a directory one by one and remembers how far it got, so a restarted
 * job resumes after the last committed chunk.
 */
// Not final: step scope proxies it.
public class SourceFileReader implements ItemStreamReader<SourceFileItem> {

	static final String POSITION_KEY = "sourceFiles.position";

	static final String TOTAL_KEY = "sourceFiles.total";

	private final Path root;

	private final IngestMonitor monitor;

	private @Nullable List<SourceFileItem> files;

	private int position;

	public SourceFileReader(Path root, IngestMonitor monitor) {
		this.root = root;
		this.monitor = monitor;
	}

	@Override
	public void open(ExecutionContext context) {
		this.files = SourceFiles.list(this.root);
		this.position = context.containsKey(POSITION_KEY) ? context.getInt(POSITION_KEY) : 0;
		context.putInt(TOTAL_KEY, this.files.size());
		this.monitor.started(this.files.size(), this.position);
	}

	@Override
	public @Nullable SourceFileItem read() {
		if (this.files == null || this.position >= this.files.size()) {
			return null;
		}
		SourceFileItem item = this.files.get(this.position++);
		this.monitor.read();
		return item;
	}

	@Override
	public void update(ExecutionContext context) {
		context.putInt(POSITION_KEY, this.position);
	}

}
