package cn.guifan.ingest.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.guifan.ingest.text.UnreadableFileException;
import org.jspecify.annotations.Nullable;

/**
 * The items of a source, one at a time: the files of a directory (or a single file) in
 * {@link SourceFiles}' stable order, with each zip archive replaced by its members
 * (expanded by {@link ArchiveExpander} when the cursor reaches it). An archive that
 * cannot be expanded is one item, carrying its refusal.
 * <p>
 * The cursor's {@link Position} (top-level file, member within it) lets a restarted run
 * continue where the last one stopped: {@link #skipTo} re-expands only the archive it
 * stopped in. Expanded archives stay on disk until {@link #close()} when
 * {@code keepExpanded} is set (a Batch run stores member files after reading them), else
 * each is deleted as soon as the cursor moves past it. Not thread-safe.
 */
public final class SourceItems implements AutoCloseable {

	private final List<SourceFileItem> files;

	private final ArchiveExpander archives;

	private final boolean keepExpanded;

	private final List<ArchiveExpander.Expansion> expansions = new ArrayList<>();

	private int file;

	private @Nullable List<SourceFileItem> members;

	private int member;

	private Listener listener = (members) -> {
	};

	/**
	 * @param root a directory or a file
	 * @param archives expands the archives met
	 * @param keepExpanded keep expanded members until {@link #close()}
	 */
	public SourceItems(Path root, ArchiveExpander archives, boolean keepExpanded) {
		this.files = new ArrayList<>(SourceFiles.list(root));
		this.archives = archives;
		this.keepExpanded = keepExpanded;
	}

	/** Files at the top level (an archive counts as one). */
	public int topLevelCount() {
		return this.files.size();
	}

	/** The next item, or {@code null} at the end. */
	public @Nullable SourceFileItem next() {
		while (true) {
			if (this.members != null) {
				if (this.member < this.members.size()) {
					// The archive is left at the next call: its last member must stay on
					// disk until the caller has read it.
					return this.members.get(this.member++);
				}
				leaveArchive();
				continue;
			}
			if (this.file >= this.files.size()) {
				return null;
			}
			SourceFileItem item = this.files.get(this.file);
			if (item.refusal() == null && ArchiveExpander.isArchive(item.path())) {
				try {
					enterArchive(item);
				}
				catch (UnreadableFileException ex) {
					this.file++;
					return new SourceFileItem(item.path(), item.name(), ex);
				}
				continue;
			}
			this.file++;
			return item;
		}
	}

	/** Where the cursor is: the next item is the one after it. */
	public Position position() {
		if (this.members == null) {
			return new Position(this.file, 0);
		}
		return (this.member < this.members.size()) ? new Position(this.file, this.member)
				: new Position(this.file + 1, 0);
	}

	/**
	 * Moves the cursor to a position taken from an earlier cursor over the same source.
	 */
	public void skipTo(Position position) {
		this.file = Math.min(position.file(), this.files.size());
		if (position.member() > 0 && this.file < this.files.size()) {
			SourceFileItem item = this.files.get(this.file);
			try {
				List<SourceFileItem> members = enterArchive(item);
				this.member = Math.min(position.member(), members.size());
			}
			catch (UnreadableFileException ex) {
				// It was expanded before; now it cannot be: report it as the next item.
				this.files.set(this.file, new SourceFileItem(item.path(), item.name(), ex));
			}
		}
	}

	/** Opens an archive's members, which the cursor then walks; returns them. */
	private List<SourceFileItem> enterArchive(SourceFileItem archive) throws UnreadableFileException {
		ArchiveExpander.Expansion expansion = this.archives.expand(archive.path(), archive.name());
		this.expansions.add(expansion);
		List<SourceFileItem> members = expansion.members();
		this.members = members;
		this.member = 0;
		this.listener.expanded(members.size());
		return members;
	}

	private void leaveArchive() {
		this.members = null;
		this.member = 0;
		this.file++;
		if (!this.keepExpanded) {
			this.expansions.forEach(ArchiveExpander.Expansion::close);
			this.expansions.clear();
		}
	}

	/** Told of every archive expanded, with its number of members. */
	public void onExpanded(Listener listener) {
		this.listener = listener;
	}

	/** Deletes the expanded archives. */
	@Override
	public void close() {
		this.expansions.forEach(ArchiveExpander.Expansion::close);
		this.expansions.clear();
	}

	/**
	 * A cursor position.
	 *
	 * @param file index of the top-level file
	 * @param member members of it (an archive) already read
	 */
	public record Position(int file, int member) {
	}

	/** Hears of archives expanded. */
	@FunctionalInterface
	public interface Listener {

		void expanded(int members);

	}

}
