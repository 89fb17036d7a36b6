package cn.guifan.registry.document;

import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 81: on H2, a text or metadata of up to {@value #INPLACE_BYTES} bytes
 * stays in its row; only longer ones go to the separate LOB storage that migration 80
 * ({@link LargeTextColumnsMigration}) sent every value to.
 * <p>
 * H2 keeps a {@code CLOB} of at most 256 bytes in the row by default. Every longer value,
 * that is every document, was encoded, decoded and encoded again into a temporary LOB and
 * then copied block by block into the table's: a fifth of the time of storing a document,
 * 6 % of all CPU samples of an ingest ({@code scripts/benchmark ingest --jfr}; 3,000
 * inserts of a 10,000-character text took 1.9 s against 0.12 s in the row). A row of a
 * megabyte is what the {@code TEXT} columns held before migration 80 for any ordinary
 * document; the 45 MB compilation whose row ran the heap out (16 million characters)
 * still goes to the LOB storage. The setting is kept in the database. PostgreSQL: nothing
 * to do.
 */
@Component
class InplaceLobMigration extends DocumentMigration {

	/** The longest value, in bytes (UTF-8), kept in its row. */
	static final int INPLACE_BYTES = 1_048_576;

	InplaceLobMigration() {
		super("81", "texts up to a megabyte kept in their rows on H2", 81_1);
	}

	@Override
	public void migrate(Context context) throws Exception {
		onH2(context.getConnection(), "SET MAX_LENGTH_INPLACE_LOB " + INPLACE_BYTES);
	}

}
