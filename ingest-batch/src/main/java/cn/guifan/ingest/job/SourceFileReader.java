package cn.guifan.ingest.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import cn.guifan.ingest.source.ArchiveExpander;
import cn.guifan.ingest.source.SourceFileItem;
import cn.guifan.ingest.source.SourceItems;
import cn.guifan.ingest.text.ReadLimits;
import cn.guifan.ingest.timing.StageEvent;
import org.apache.commons.io.file.PathUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the files of a directory one by one, zip archives expanded into their members,
 * and remembers how far it got, so a restarted job resumes after the last committed
 * chunk.
 * <p>
 * Archives are expanded into a folder of this step execution under the work directory
 * when the reader reaches them; their members stay there until the step ends (the writer
 * stores member files after they are read), then the folder is deleted.
 */
// Not final: step scope proxies it.
public class SourceFileReader implements ItemStreamReader<SourceFileItem> {

	static final String POSITION_KEY = "sourceFiles.position";

	static final String MEMBER_KEY = "sourceFiles.member";

	static final String TOTAL_KEY = "sourceFiles.total";

	private final Path root;

	private final IngestMonitor monitor;

	private final ReadLimits limits;

	private final Path workDirectory;

	private @Nullable SourceItems items;

	private @Nullable Path runFolder;

	public SourceFileReader(Path root, IngestMonitor monitor) {
		this(root, monitor, IngestProperties.DEFAULT);
	}

	public SourceFileReader(Path root, IngestMonitor monitor, IngestProperties properties) {
		this.root = root;
		this.monitor = monitor;
		this.limits = properties.limits();
		this.workDirectory = properties.workDirectory();
	}

	@Override
	public void open(ExecutionContext context) {
		this.runFolder = this.workDirectory.resolve("run-" + UUID.randomUUID());
		this.items = new SourceItems(this.root, new ArchiveExpander(this.limits, this.runFolder), true);
		int position = context.containsKey(POSITION_KEY) ? context.getInt(POSITION_KEY) : 0;
		int member = context.containsKey(MEMBER_KEY) ? context.getInt(MEMBER_KEY) : 0;
		context.putInt(TOTAL_KEY, this.items.topLevelCount());
		this.monitor.started(this.items.topLevelCount(), position);
		this.items.onExpanded((members) -> this.monitor.moreFiles(members - 1));
		this.items.skipTo(new SourceItems.Position(position, member));
	}

	@Override
	public @Nullable SourceFileItem read() {
		if (this.items == null) {
			return null;
		}
		StageEvent timing = StageEvent.start(StageEvent.READ);
		SourceFileItem item = this.items.next();
		if (item != null) {
			this.monitor.read();
		}
		timing.finish((item != null) ? 1 : 0);
		return item;
	}

	@Override
	public void update(ExecutionContext context) {
		if (this.items != null) {
			save(context, this.items.position());
		}
	}

	/**
	 * Where the cursor is now: after the last item read. A reader that reads ahead of
	 * what the step has taken saves the position of the last item it handed on instead.
	 */
	SourceItems.@Nullable Position position() {
		return (this.items != null) ? this.items.position() : null;
	}

	static void save(ExecutionContext context, SourceItems.Position position) {
		context.putInt(POSITION_KEY, position.file());
		context.putInt(MEMBER_KEY, position.member());
	}

	@Override
	public void close() {
		if (this.items != null) {
			this.items.close();
			this.items = null;
		}
		if (this.runFolder != null && Files.exists(this.runFolder)) {
			try {
				PathUtils.deleteDirectory(this.runFolder);
			}
			catch (java.io.IOException ex) {
				// Temporary: left for the system to clean.
			}
		}
	}

}
