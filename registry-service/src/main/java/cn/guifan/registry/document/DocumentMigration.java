package cn.guifan.registry.document;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import cn.guifan.registry.common.FixedJavaMigration;

/**
 * A Flyway migration of the document feature written in Java, with what the feature's
 * migrations share: statements that only H2 needs.
 */
abstract class DocumentMigration extends FixedJavaMigration {

	DocumentMigration(String version, String description, int checksum) {
		super(version, description, checksum);
	}

	/** Runs the statements if the database is H2; on any other, nothing. */
	static void onH2(Connection connection, String... statements) throws SQLException {
		String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
		if (!product.contains("h2")) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

}
