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
 * Flyway migration 82: on H2, a foreign key whose column has an index of its own already
 * uses that index instead of a second one on the same column.
 * <p>
 * H2 gives a foreign key an index of its own when it is declared and no index of exactly
 * its columns exists yet. The tables declare their foreign keys inline and create their
 * indexes after, so {@code document_relation} kept two indexes on
 * {@code from_document_id} and two on {@code to_document_id}, and {@code document_source}
 * two on {@code sha256}: every reference and every source file stored wrote each of its
 * keys twice, and every chunk's commit wrote the pages of both copies. Here each such
 * foreign key is dropped and declared again with the same name, columns and rules; H2
 * then takes the existing index and drops its own. PostgreSQL: a foreign key has no index
 * of its own, nothing to do.
 * <p>
 * A foreign key that an index covers only together with more columns (the primary key of
 * {@code document_alias}, {@code (document_id, alias)}) keeps its own: H2 uses only an
 * index of exactly the key's columns.
 */
@Component
class ForeignKeyIndexMigration extends DocumentMigration {

	/**
	 * Single-column foreign keys whose own index has a twin: another index of the table
	 * on exactly that column.
	 */
	private static final String DUPLICATED = """
			SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.COLUMN_NAME, u.TABLE_NAME, uk.COLUMN_NAME,
			       rc.DELETE_RULE, rc.UPDATE_RULE
			  FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
			  JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc
			    ON rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
			  JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
			    ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
			  JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS u
			    ON u.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA AND u.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME
			  JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE uk
			    ON uk.CONSTRAINT_SCHEMA = u.CONSTRAINT_SCHEMA AND uk.CONSTRAINT_NAME = u.CONSTRAINT_NAME
			   AND uk.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT
			 WHERE tc.CONSTRAINT_TYPE = 'FOREIGN KEY' AND tc.TABLE_SCHEMA = CURRENT_SCHEMA
			   AND (SELECT COUNT(*) FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE k2
			         WHERE k2.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k2.CONSTRAINT_NAME = tc.CONSTRAINT_NAME) = 1
			   AND EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.INDEX_COLUMNS ic
			                WHERE ic.TABLE_SCHEMA = tc.TABLE_SCHEMA AND ic.TABLE_NAME = tc.TABLE_NAME
			                  AND ic.INDEX_NAME <> tc.INDEX_NAME AND ic.COLUMN_NAME = k.COLUMN_NAME
			                  AND (SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEX_COLUMNS ic2
			                        WHERE ic2.INDEX_SCHEMA = ic.INDEX_SCHEMA AND ic2.INDEX_NAME = ic.INDEX_NAME) = 1)
			 ORDER BY tc.TABLE_NAME, tc.CONSTRAINT_NAME
			""";

	ForeignKeyIndexMigration() {
		super("82", "foreign keys share their column's index on H2", 82_1);
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
		if (product.contains("h2")) {
			shareIndexes(connection);
		}
	}

	/** Declares each duplicated foreign key again; returns how many. */
	static int shareIndexes(Connection connection) throws SQLException {
		List<String[]> keys = new ArrayList<>();
		try (Statement query = connection.createStatement(); ResultSet rs = query.executeQuery(DUPLICATED)) {
			while (rs.next()) {
				keys.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getString(7) });
			}
		}
		try (Statement ddl = connection.createStatement()) {
			for (String[] key : keys) {
				String table = quoted(key[0]);
				String name = quoted(key[1]);
				ddl.execute("ALTER TABLE " + table + " DROP CONSTRAINT " + name);
				ddl.execute("ALTER TABLE " + table + " ADD CONSTRAINT " + name + " FOREIGN KEY (" + quoted(key[2])
						+ ") REFERENCES " + quoted(key[3]) + " (" + quoted(key[4]) + ") ON DELETE " + key[5]
						+ " ON UPDATE " + key[6]);
			}
		}
		return keys.size();
	}

	private static String quoted(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

}
