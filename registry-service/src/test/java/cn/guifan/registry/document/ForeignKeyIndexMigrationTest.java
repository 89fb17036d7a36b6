package cn.guifan.registry.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForeignKeyIndexMigrationTest {

	/** The registry's and the lifecycle's tables as their migrations make them. */
	private static Connection registry() throws SQLException, IOException {
		Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "");
		try (Statement ddl = connection.createStatement()) {
			for (String migration : List.of("V1__registry.sql", "V3__lifecycle.sql",
					"V70__unresolved_reference_lookup.sql")) {
				try (InputStream in = Objects.requireNonNull(
						ForeignKeyIndexMigrationTest.class.getResourceAsStream("/db/migration/" + migration))) {
					ddl.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		return connection;
	}

	/** The indexes of a table on exactly this one column. */
	private static List<String> indexesOn(Connection connection, String table, String column) throws SQLException {
		List<String> names = new ArrayList<>();
		try (Statement query = connection.createStatement();
				ResultSet rs = query.executeQuery("SELECT c.INDEX_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS c"
						+ " WHERE c.TABLE_NAME = '" + table + "' AND c.COLUMN_NAME = '" + column + "'"
						+ " AND (SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEX_COLUMNS o"
						+ " WHERE o.INDEX_NAME = c.INDEX_NAME) = 1 ORDER BY 1")) {
			while (rs.next()) {
				names.add(rs.getString(1));
			}
		}
		return names;
	}

	@Test
	void aForeignKeyWhoseColumnHasAnIndexUsesItInsteadOfASecondOne() throws Exception {
		try (Connection connection = registry()) {
			assertThat(indexesOn(connection, "DOCUMENT_RELATION", "FROM_DOCUMENT_ID")).hasSize(2);
			assertThat(indexesOn(connection, "DOCUMENT_RELATION", "TO_DOCUMENT_ID")).hasSize(2);
			assertThat(indexesOn(connection, "DOCUMENT_SOURCE", "SHA256")).hasSize(2);
			assertThat(indexesOn(connection, "LIFECYCLE_EVENT", "CAUSED_BY_DOCUMENT_ID")).hasSize(2);
			List<String> aliasKey = indexesOn(connection, "DOCUMENT_ALIAS", "DOCUMENT_ID");

			assertThat(ForeignKeyIndexMigration.shareIndexes(connection)).isEqualTo(4);

			assertThat(indexesOn(connection, "DOCUMENT_RELATION", "FROM_DOCUMENT_ID"))
				.containsExactly("DOCUMENT_RELATION_FROM_IDX");
			assertThat(indexesOn(connection, "DOCUMENT_RELATION", "TO_DOCUMENT_ID"))
				.containsExactly("DOCUMENT_RELATION_TO_IDX");
			assertThat(indexesOn(connection, "DOCUMENT_SOURCE", "SHA256")).containsExactly("DOCUMENT_SOURCE_FILE_UQ");
			assertThat(indexesOn(connection, "LIFECYCLE_EVENT", "CAUSED_BY_DOCUMENT_ID"))
				.containsExactly("LIFECYCLE_EVENT_CAUSE_IDX");
			// Covered only by the primary key (document_id, alias): H2 keeps its own.
			assertThat(indexesOn(connection, "DOCUMENT_ALIAS", "DOCUMENT_ID")).isEqualTo(aliasKey).hasSize(1);
			// Nothing left to do a second time.
			assertThat(ForeignKeyIndexMigration.shareIndexes(connection)).isZero();
		}
	}

	@Test
	void theForeignKeysDeclaredAgainKeepTheirChecksAndRules() throws Exception {
		try (Connection connection = registry(); Statement sql = connection.createStatement()) {
			ForeignKeyIndexMigration.shareIndexes(connection);
			sql.execute("INSERT INTO document (id, title, kind, kind_reason, metadata_json, created_at, updated_at)"
					+ " VALUES (1, '甲', 'LAW', 'r', '{}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),"
					+ " (2, '乙', 'LAW', 'r', '{}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
			sql.execute("INSERT INTO document_relation (from_document_id, relation_type, to_document_id, created_at)"
					+ " VALUES (1, 'CITES', 2, CURRENT_TIMESTAMP), (2, 'CITES', 1, CURRENT_TIMESTAMP)");
			assertThatThrownBy(() -> sql.execute("INSERT INTO document_relation"
					+ " (from_document_id, relation_type, created_at) VALUES (3, 'CITES', CURRENT_TIMESTAMP)"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("Referential integrity");
			assertThatThrownBy(
					() -> sql.execute("INSERT INTO document_source (document_id, sha256, file_name, added_at)"
							+ " VALUES (1, 'f', 'a.md', CURRENT_TIMESTAMP)"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("Referential integrity");
			// ON DELETE CASCADE (from) and SET NULL (to), as declared.
			sql.execute("DELETE FROM document WHERE id = 1");
			try (ResultSet rs = sql
				.executeQuery("SELECT from_document_id, to_document_id FROM document_relation ORDER BY id")) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getLong(1)).isEqualTo(2);
				assertThat(rs.getObject(2)).isNull();
				assertThat(rs.next()).isFalse();
			}
		}
	}

	@Test
	void aVersionNamesItsFileWithoutAForeignKeyOnH2WhoseIndexNothingRead() throws Exception {
		try (Connection connection = registry(); Statement sql = connection.createStatement()) {
			ForeignKeyIndexMigration.shareIndexes(connection);
			assertThat(indexesOn(connection, "DOCUMENT_VERSION", "SOURCE_SHA256")).hasSize(1);

			assertThat(VersionSourceKeyMigration.dropKey(connection)).isEqualTo(1);

			assertThat(indexesOn(connection, "DOCUMENT_VERSION", "SOURCE_SHA256")).isEmpty();
			// The file's own key and the sources' keys stay.
			assertThat(indexesOn(connection, "DOCUMENT_SOURCE", "SHA256")).containsExactly("DOCUMENT_SOURCE_FILE_UQ");
			assertThatThrownBy(
					() -> sql.execute("INSERT INTO document_source (document_id, sha256, file_name, added_at)"
							+ " VALUES (1, 'f', 'a.md', CURRENT_TIMESTAMP)"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("Referential integrity");
			assertThat(VersionSourceKeyMigration.dropKey(connection)).isZero();
		}
	}

}
