package cn.guifan.registry.collection;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A collection as stored: its definition, the state of its build and its progress.
 *
 * @param id its number
 * @param definition what it is
 * @param state QUEUED, RESOLVING, WRITING, DONE or FAILED
 * @param total documents in it (known once resolved)
 * @param written documents written so far
 * @param publicCollection whether anonymous users may see it (every document in it is
 * public)
 * @param contentDigest SHA-256 of what was written (titles, metadata, texts), the same
 * for every build of the same content
 * @param error why the last build failed
 * @param createdBy who defined it
 * @param createdAt when
 * @param builtAt when its last build finished
 */
public record CompiledCollection(long id, CollectionDefinition definition, State state, int total, int written,
		boolean publicCollection, @Nullable String contentDigest, @Nullable String error, String createdBy,
		Instant createdAt, @Nullable Instant builtAt) {

	/** The as-of date. */
	public LocalDate asOf() {
		return this.definition.asOf();
	}

	/** Whether its files can be downloaded. */
	public boolean ready() {
		return this.state == State.DONE;
	}

	/** The build's progress, 0–100. */
	public int percent() {
		if (this.state == State.DONE) {
			return 100;
		}
		return (this.total == 0) ? 0 : (int) Math.min(99, 100L * this.written / this.total);
	}

	/** Where a build is. */
	public enum State {

		QUEUED("排队中"), RESOLVING("正在确定收录范围"), WRITING("正在生成文件"), DONE("已完成"), FAILED("失败");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		public boolean building() {
			return this == QUEUED || this == RESOLVING || this == WRITING;
		}

	}

	/**
	 * A document in the collection, in order.
	 *
	 * @param position its place, from 1
	 * @param documentId the document
	 * @param partNo its part, from 1 (0 when there are no parts)
	 * @param partTitle the part's title
	 * @param title the document's title as listed
	 * @param status its status on the as-of date
	 */
	public record Item(int position, long documentId, int partNo, String partTitle, String title, String status) {
	}

}
