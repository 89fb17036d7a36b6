package cn.guifan.registry.indexing;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.guifan.ingest.timing.StageEvent;
import cn.guifan.registry.document.DocumentChanged;
import cn.guifan.registry.document.DocumentRemoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way a change reaches the index: every {@link DocumentChanged} and
 * {@link DocumentRemoved} of a transaction is collected, and just before the transaction
 * commits each document is queued once in the outbox, in that same transaction: the queue
 * entry commits with the change or not at all. Outside a transaction the document is
 * queued at once.
 */
@Component
class IndexingListener {

	private final IndexOutbox outbox;

	IndexingListener(IndexOutbox outbox) {
		this.outbox = outbox;
	}

	@EventListener
	void changed(DocumentChanged event) {
		queue(event.documentId(), IndexOutbox.Operation.UPSERT);
	}

	@EventListener
	void removed(DocumentRemoved event) {
		queue(event.documentId(), IndexOutbox.Operation.DELETE);
	}

	private void queue(long documentId, IndexOutbox.Operation operation) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.outbox.enqueue(documentId, operation);
			return;
		}
		// The synchronizations of the current transaction only (a suspended outer one's
		// are not listed), so each transaction queues its own changes.
		Pending pending = null;
		for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
			if (s instanceof Pending p) {
				pending = p;
			}
		}
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		// The last word per document wins: removed after a change is removed.
		pending.operations.remove(documentId);
		pending.operations.put(documentId, operation);
	}

	/** The documents a transaction changed, queued just before it commits. */
	private final class Pending implements TransactionSynchronization {

		private final Map<Long, IndexOutbox.Operation> operations = new LinkedHashMap<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			StageEvent timing = StageEvent.start(StageEvent.OUTBOX);
			this.operations.forEach(IndexingListener.this.outbox::enqueue);
			timing.finish(this.operations.size());
		}

	}

}
