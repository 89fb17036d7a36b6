package cn.guifan.registry.collection;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemReader;

/** Reads a collection's items in order, a page at a time. */
class CollectionItemReader implements ItemReader<CompiledCollection.Item>, StepExecutionListener {

	private static final int PAGE = 200;

	private final CollectionStore store;

	private final Deque<CompiledCollection.Item> buffer = new ArrayDeque<>();

	private long collectionId;

	private int after;

	CollectionItemReader(CollectionStore store) {
		this.store = store;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.collectionId = CollectionWriter.collectionId(stepExecution);
		this.after = 0;
		this.buffer.clear();
	}

	@Override
	public CompiledCollection.@Nullable Item read() {
		if (this.buffer.isEmpty()) {
			List<CompiledCollection.Item> page = this.store.items(this.collectionId, this.after, PAGE);
			this.buffer.addAll(page);
			if (!page.isEmpty()) {
				this.after = page.get(page.size() - 1).position();
			}
		}
		return this.buffer.poll();
	}

}
