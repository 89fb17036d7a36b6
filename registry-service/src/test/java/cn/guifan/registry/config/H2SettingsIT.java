package cn.guifan.registry.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import cn.guifan.registry.support.RegistryIntegrationTest;
import cn.guifan.registry.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The embedded database as the service runs it has the settings ingest's speed and
 * correctness depend on (H2Tuning, H2SequenceCache, migrations 81 and 82), whatever URL
 * it was given and for every table the migrations made.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class H2SettingsIT extends RegistryIntegrationTest {

	private static final String INSERT_UNLESS_PRESENT = "INSERT INTO names (id, name) SELECT ?, ? FROM (VALUES (1))"
			+ " AS one (x) WHERE NOT EXISTS (SELECT 1 FROM names WHERE id = ? AND name = ?)";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@BeforeEach
	void onH2() {
		assumeFalse(TestDatabase.postgres(), "H2 only");
	}

	@Test
	void ordinaryTextsStayInTheirRowsAndStatementsStayParsed() {
		assertThat(setting("MAX_LENGTH_INPLACE_LOB")).isEqualTo("1048576");
		assertThat(setting("QUERY_CACHE_SIZE")).isEqualTo("256");
	}

	/** See H2TuningTest: on H2's defaults the second run fails on the primary key. */
	@Test
	void anInsertUnlessPresentRunTwiceInOneTransactionInsertsOnce() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			try (Statement ddl = connection.createStatement()) {
				ddl.execute(
						"CREATE LOCAL TEMPORARY TABLE names (id BIGINT, name VARCHAR(100), PRIMARY KEY (id, name))");
			}
			connection.setAutoCommit(false);
			int inserted = 0;
			try {
				for (int run = 0; run < 2; run++) {
					try (PreparedStatement insert = connection.prepareStatement(INSERT_UNLESS_PRESENT)) {
						insert.setLong(1, 7);
						insert.setString(2, "会计法");
						insert.setLong(3, 7);
						insert.setString(4, "会计法");
						inserted += insert.executeUpdate();
					}
				}
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(true);
			}
			assertThat(inserted).isEqualTo(1);
		}
	}

	@Test
	void everyIdentityAndSequenceCachesTenThousandValues() {
		List<String> identities = this.jdbc.sql("""
				SELECT TABLE_NAME || '.' || COLUMN_NAME || '=' || IDENTITY_CACHE FROM INFORMATION_SCHEMA.COLUMNS
				 WHERE IS_IDENTITY = 'YES' AND TABLE_SCHEMA = 'PUBLIC'
				""").query(String.class).list();
		assertThat(identities).contains("DOCUMENT.ID=10000", "DOCUMENT_RELATION.ID=10000")
			.allSatisfy((c) -> assertThat(c).endsWith("=" + H2SequenceCache.CACHED_VALUES));
		assertThat(this.jdbc.sql("SELECT CACHE FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = 'PUBLIC'")
			.query(Long.class)
			.list()).allSatisfy((cache) -> assertThat(cache).isEqualTo(H2SequenceCache.CACHED_VALUES));
	}

	/**
	 * Migration 82: no column has two indexes of its own (a foreign key's and the one
	 * created for the look-ups), each written for every row.
	 */
	@Test
	void noColumnIsIndexedTwice() {
		List<String> twice = this.jdbc.sql("""
				SELECT c.TABLE_NAME || '.' || c.COLUMN_NAME || ': ' || LISTAGG(c.INDEX_NAME, ', ')
				  FROM INFORMATION_SCHEMA.INDEX_COLUMNS c
				 WHERE c.TABLE_SCHEMA = 'PUBLIC'
				   AND (SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEX_COLUMNS o
				         WHERE o.INDEX_SCHEMA = c.INDEX_SCHEMA AND o.INDEX_NAME = c.INDEX_NAME) = 1
				 GROUP BY c.TABLE_NAME, c.COLUMN_NAME HAVING COUNT(*) > 1
				""").query(String.class).list();
		assertThat(twice).isEmpty();
	}

	private String setting(String name) {
		return this.jdbc.sql("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")
			.param(name)
			.query(String.class)
			.single();
	}

}
