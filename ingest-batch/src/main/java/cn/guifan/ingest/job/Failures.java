package cn.guifan.ingest.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import cn.guifan.ingest.text.ParseWatchdog;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionException;
import org.jspecify.annotations.Nullable;

/**
 * Tells a failure of one document from a failure of what the run stands on.
 * <p>
 * One document's: a bug of Guifan's meeting this file's text, or a value the database
 * refuses for it (too long, a constraint). Skipping the file and going on is right; the
 * next file will do. The run's: the database or its transactions, the disk, a process out
 * of memory or of parser threads. Skipping would skip every file after it, so the run
 * must fail, keeping its place, to be restarted once the cause is gone.
 */
final class Failures {

	private Failures() {
	}

	/** Whether this failure is the run's, not one document's. */
	static boolean ofTheRun(@Nullable Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof DataIntegrityViolationException || t instanceof SQLDataException
					|| t instanceof SQLIntegrityConstraintViolationException || t instanceof StackOverflowError) {
				return false;
			}
			if (t instanceof DataAccessException || t instanceof TransactionException || t instanceof SQLException
					|| t instanceof IOException || t instanceof UncheckedIOException
					|| t instanceof ParseWatchdog.ParsersExhaustedException || t instanceof InterruptedException
					|| t instanceof Error) {
				return true;
			}
		}
		return false;
	}

	/** The failure as a person reads it: its type and message, then its root cause's. */
	static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String text = one(failure);
		return (root == failure) ? text : text + "（根本原因：" + one(root) + "）";
	}

	private static String one(Throwable t) {
		return t.getClass().getSimpleName() + ((t.getMessage() != null) ? ": " + t.getMessage() : "");
	}

}
