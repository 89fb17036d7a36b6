package cn.guifan.registry.document;

import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 80: on H2, a version's text and the metadata of documents and versions
 * become {@code CLOB}s. H2 2.x takes {@code TEXT} as {@code VARCHAR}, which it keeps
 * inside the row: a 45 MB law compilation (16 million characters, its metadata with
 * 400,000 provisions 44 million) made every write of the table's page serialize them into
 * one buffer, which H2 grows by doubling, and ran a 1 GB heap out of memory while the
 * file was stored (heap dump: a 179 MB {@code WriteBuffer} growing to 358 MB, holding the
 * row of {@code DocumentStore.insertVersion}). A {@code CLOB} is kept apart from the row,
 * in blocks, and written and read as a stream. PostgreSQL keeps long {@code text} apart
 * already (TOAST): nothing changes there.
 */
@Component
class LargeTextColumnsMigration extends DocumentMigration {

	LargeTextColumnsMigration() {
		super("80", "long texts and metadata kept apart from the rows on H2", 80_1);
	}

	@Override
	public void migrate(Context context) throws Exception {
		onH2(context.getConnection(), "ALTER TABLE document ALTER COLUMN metadata_json SET DATA TYPE CLOB",
				"ALTER TABLE document_version ALTER COLUMN text_content SET DATA TYPE CLOB",
				"ALTER TABLE document_version ALTER COLUMN metadata_json SET DATA TYPE CLOB");
	}

}
