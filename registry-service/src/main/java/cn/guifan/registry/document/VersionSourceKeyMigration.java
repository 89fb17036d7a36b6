package cn.guifan.registry.document;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 84: on H2, a version names the file it was read from
 * ({@code document_version.source_sha256}) without a foreign key.
 * <p>
 * H2 gives every foreign key an index on its column, and this one's column is a SHA-256:
 * each version stored put an entry at a random place of an index as large as the
 * registry, whose pages the chunk's commit then rewrote (in a registry of 100,000, 12 of
 * the 59 MB a pass of {@code scripts/benchmark ingest-scale} wrote more than into an
 * empty one). Nothing reads that index: no query looks a version up by its file, and the
 * foreign key's own check on the other side never runs, since files are never removed
 * from {@code source_file}. The file is stored in the same transaction before any version
 * names it ({@link DocumentStore}). PostgreSQL keeps the key: it gives a foreign key no
 * index, so the key costs a look-up in {@code source_file}'s primary key and nothing
 * more.
 */
@Component
class VersionSourceKeyMigration extends DocumentMigration {

	private static final String KEYS = """
			SELECT tc.CONSTRAINT_NAME
			  FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
			  JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
			    ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
			 WHERE tc.CONSTRAINT_TYPE = 'FOREIGN KEY' AND tc.TABLE_SCHEMA = CURRENT_SCHEMA
			   AND tc.TABLE_NAME = 'DOCUMENT_VERSION' AND k.COLUMN_NAME = 'SOURCE_SHA256'
			""";

	VersionSourceKeyMigration() {
		super("84", "versions name their files without a foreign key on H2", 84_1);
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		if (connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
			dropKey(connection);
		}
	}

	/**
	 * Drops the foreign key (and with it H2's index); returns how many keys it dropped.
	 */
	static int dropKey(Connection connection) throws SQLException {
		List<String> names = new ArrayList<>();
		try (Statement query = connection.createStatement(); ResultSet rs = query.executeQuery(KEYS)) {
			while (rs.next()) {
				names.add(rs.getString(1));
			}
		}
		try (Statement ddl = connection.createStatement()) {
			for (String name : names) {
				ddl.execute("ALTER TABLE \"DOCUMENT_VERSION\" DROP CONSTRAINT \"" + name.replace("\"", "\"\"") + "\"");
			}
		}
		return names.size();
	}

}
