package cn.guifan.ingest.job;

import java.io.UncheckedIOException;
import java.util.List;

import cn.guifan.ingest.text.ReadError;
import cn.guifan.ingest.text.UnreadableFileException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/** What a run skips and what fails it: one document's failures, never the run's. */
class IngestSkipPolicyTest {

	private final IngestSkipPolicy policy = new IngestSkipPolicy();

	@Test
	void anUnreadableFileIsSkipped() {
		assertThat(this.policy.shouldSkip(new UnreadableFileException(ReadError.INTERNAL_ERROR, "a.txt", "出错"), 0))
			.isTrue();
	}

	@Test
	void aDocumentTheRegistryRefusesOrABugMeetingItIsSkipped() {
		assertThat(this.policy.shouldSkip(written(new DataIntegrityViolationException("Value too long")), 0)).isTrue();
		assertThat(this.policy.shouldSkip(written(new IllegalArgumentException("bad")), 0)).isTrue();
		assertThat(this.policy.shouldSkip(written(new IllegalStateException("x", new StackOverflowError())), 0))
			.isTrue();
	}

	@Test
	void theDatabaseTheDiskOrTheTransactionsGoneFailTheRun() {
		assertThat(this.policy.shouldSkip(written(new DataAccessResourceFailureException("database unavailable")), 0))
			.isFalse();
		assertThat(this.policy.shouldSkip(written(new CannotCreateTransactionException("no connection")), 0)).isFalse();
		assertThat(this.policy
			.shouldSkip(written(new UncheckedIOException(new java.io.IOException("No space left on device"))), 0))
			.isFalse();
		assertThat(this.policy.shouldSkip(written(new IllegalStateException("wrapped", new OutOfMemoryError())), 0))
			.isFalse();
	}

	@Test
	void anythingElseOutsideAWriteIsNotSkipped() {
		assertThat(this.policy.shouldSkip(new IllegalStateException("process"), 0)).isFalse();
	}

	@Test
	void theFailureOfAChunkNamesItsFiles() {
		DocumentWriteException one = new DocumentWriteException(List.of("a/b.txt"),
				new DataAccessResourceFailureException("database unavailable"));
		assertThat(one.getMessage())
			.isEqualTo("写入登记库失败（a/b.txt）：DataAccessResourceFailureException: database unavailable");
		DocumentWriteException many = new DocumentWriteException(List.of("1.txt", "2.txt", "3.txt", "4.txt"),
				new IllegalStateException("x"));
		assertThat(many.getMessage()).startsWith("写入登记库失败（本批 4 个文件：1.txt、2.txt、3.txt 等）");
	}

	private static DocumentWriteException written(RuntimeException cause) {
		return new DocumentWriteException(List.of("a.txt"), cause);
	}

}
