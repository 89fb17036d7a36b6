package cn.guifan.registry.config;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * After the migrations, on H2: every identity column and sequence hands out
 * {@value #CACHED_VALUES} values between writes of its state, not 32.
 * <p>
 * Each time a sequence's cached values run out, H2 writes its new state in a commit of
 * its own, and with {@code WRITE_DELAY=0} a commit writes every changed page of the
 * database: ingesting a law adds a dozen rows (relations, events, aliases, sources), so
 * this happened every few documents, in the middle of the chunk's transaction, and cost 5
 * % of an ingest's CPU samples ({@code Sequence.flush} → {@code MVStore.commit}); 20,000
 * inserts in batches took 4.3 s against 1.1 s with 1,000 values cached. With 1,000 an
 * ingest of the corpus (3,423 files, ~50,000 new rows: relations, events, issuers,
 * sources, outbox entries) still stored the database's pages some fifty extra times, a
 * quarter of the stores of the round (the benchmark's {@code H2Stores} line); 10,000 make
 * it a handful. A process that is killed leaves a gap of at most that many numbers, which
 * no identifier's meaning depends on (a clean close writes the sequence's real value).
 * Run at every start, so tables added by later migrations get it too. PostgreSQL writes a
 * sequence's state without a commit of its own: nothing to do.
 */
@Component
class H2SequenceCache implements Callback {

	/** Values a sequence hands out before its state is written again. */
	static final int CACHED_VALUES = 10_000;

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		try {
			cacheSequences(context.getConnection());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("设置 H2 序列缓存失败：" + ex.getMessage(), ex);
		}
	}

	@Override
	public String getCallbackName() {
		return "h2-sequence-cache";
	}

	static void cacheSequences(Connection connection) throws SQLException {
		String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
		if (!product.contains("h2")) {
			return;
		}
		List<String> statements = new ArrayList<>();
		try (Statement query = connection.createStatement()) {
			try (ResultSet columns = query.executeQuery("""
					SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS
					 WHERE IS_IDENTITY = 'YES' AND IDENTITY_CACHE < %d
					   AND TABLE_SCHEMA <> 'INFORMATION_SCHEMA'
					""".formatted(CACHED_VALUES))) {
				while (columns.next()) {
					statements
						.add("ALTER TABLE %s.%s ALTER COLUMN %s SET CACHE %d".formatted(quoted(columns.getString(1)),
								quoted(columns.getString(2)), quoted(columns.getString(3)), CACHED_VALUES));
				}
			}
			try (ResultSet sequences = query.executeQuery("""
					SELECT SEQUENCE_SCHEMA, SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES
					 WHERE CACHE < %d AND SEQUENCE_SCHEMA <> 'INFORMATION_SCHEMA'
					""".formatted(CACHED_VALUES))) {
				while (sequences.next()) {
					statements.add("ALTER SEQUENCE %s.%s CACHE %d".formatted(quoted(sequences.getString(1)),
							quoted(sequences.getString(2)), CACHED_VALUES));
				}
			}
			for (String statement : statements) {
				query.execute(statement);
			}
		}
	}

	private static String quoted(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

}
