package cn.guifan.registry.config;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class H2TuningTest {

	private static final String INSERT_IF_ABSENT = """
			INSERT INTO document_alias (document_id, alias)
			SELECT ?, ? FROM (VALUES (1)) AS one (x)
			 WHERE NOT EXISTS (SELECT 1 FROM document_alias WHERE document_id = ? AND alias = ?)
			""";

	@Test
	void anH2UrlKeepsMoreStatementsParsedAndNoResultsOfEarlierRuns() {
		assertThat(H2Tuning.tuned("jdbc:h2:file:/d/db/guifan;AUTO_SERVER=TRUE"))
			.isEqualTo("jdbc:h2:file:/d/db/guifan;AUTO_SERVER=TRUE;OPTIMIZE_REUSE_RESULTS=FALSE;QUERY_CACHE_SIZE=256");
		assertThat(H2Tuning.tuned("jdbc:h2:mem:x"))
			.isEqualTo("jdbc:h2:mem:x;OPTIMIZE_REUSE_RESULTS=FALSE;QUERY_CACHE_SIZE=256");
	}

	@Test
	void aUrlThatSetsItsOwnOrIsNotH2IsLeftAlone() {
		assertThat(H2Tuning.tuned("jdbc:h2:file:/d/guifan;query_cache_size=16;optimize_reuse_results=true"))
			.isEqualTo("jdbc:h2:file:/d/guifan;query_cache_size=16;optimize_reuse_results=true");
		assertThat(H2Tuning.tuned("jdbc:postgresql://localhost/guifan"))
			.isEqualTo("jdbc:postgresql://localhost/guifan");
	}

	@Test
	void furtherOptionsAreAppendedToAnH2UrlAndTheirSettingsWin() {
		assertThat(H2Tuning.tuned("jdbc:h2:file:/d/db/guifan;AUTO_SERVER=TRUE", "CACHE_SIZE=65536;QUERY_CACHE_SIZE=64"))
			.isEqualTo("jdbc:h2:file:/d/db/guifan;AUTO_SERVER=TRUE;CACHE_SIZE=65536;QUERY_CACHE_SIZE=64"
					+ ";OPTIMIZE_REUSE_RESULTS=FALSE");
		assertThat(H2Tuning.tuned("jdbc:h2:mem:x", ";COMPRESS=TRUE"))
			.isEqualTo("jdbc:h2:mem:x;COMPRESS=TRUE;OPTIMIZE_REUSE_RESULTS=FALSE;QUERY_CACHE_SIZE=256");
		assertThat(H2Tuning.tuned("jdbc:postgresql://localhost/guifan", "CACHE_SIZE=65536"))
			.isEqualTo("jdbc:postgresql://localhost/guifan");
	}

	/** The property {@code guifan.h2.url-options} reaches the data source's URL. */
	@Test
	void theOptionsAreReadFromTheEnvironment() {
		DataSourceProperties properties = new DataSourceProperties();
		properties.setUrl("jdbc:h2:file:/d/db/guifan");
		RegistryConfiguration.h2Tuning(new MockEnvironment().withProperty("guifan.h2.url-options", "CACHE_SIZE=65536"))
			.postProcessBeforeInitialization(properties, "dataSourceProperties");
		assertThat(properties.getUrl())
			.isEqualTo("jdbc:h2:file:/d/db/guifan;CACHE_SIZE=65536;OPTIMIZE_REUSE_RESULTS=FALSE;QUERY_CACHE_SIZE=256");
		DataSourceProperties untouched = new DataSourceProperties();
		untouched.setUrl("jdbc:h2:file:/d/db/guifan");
		RegistryConfiguration.h2Tuning(new MockEnvironment()).postProcessBeforeInitialization(untouched, "p");
		assertThat(untouched.getUrl())
			.isEqualTo("jdbc:h2:file:/d/db/guifan;OPTIMIZE_REUSE_RESULTS=FALSE;QUERY_CACHE_SIZE=256");
	}

	/**
	 * The statement that adds a document's alias unless it has it, run twice with the
	 * same values in one transaction (two versions of a document in one chunk): H2
	 * answered the second run's NOT EXISTS with the first run's result and failed on the
	 * primary key.
	 */
	@Test
	void anInsertUnlessPresentRunTwiceInOneTransactionInsertsOnce() throws SQLException {
		String url = "jdbc:h2:mem:" + UUID.randomUUID();
		assertThatThrownBy(() -> insertTwice(url)).isInstanceOf(SQLException.class)
			.hasMessageContaining("primary key violation");
		assertThatCode(() -> assertThat(insertTwice(H2Tuning.tuned(url + "-tuned"))).isEqualTo(1))
			.doesNotThrowAnyException();
	}

	private static int insertTwice(String url) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			try (Statement ddl = connection.createStatement()) {
				ddl.execute("CREATE TABLE document_alias (document_id BIGINT, alias VARCHAR(100),"
						+ " PRIMARY KEY (document_id, alias))");
			}
			connection.setAutoCommit(false);
			int inserted = 0;
			for (int run = 0; run < 2; run++) {
				try (PreparedStatement insert = connection.prepareStatement(INSERT_IF_ABSENT)) {
					insert.setLong(1, 202);
					insert.setString(2, "人身损害赔偿解释");
					insert.setLong(3, 202);
					insert.setString(4, "人身损害赔偿解释");
					inserted += insert.executeUpdate();
				}
			}
			connection.commit();
			return inserted;
		}
	}

}
