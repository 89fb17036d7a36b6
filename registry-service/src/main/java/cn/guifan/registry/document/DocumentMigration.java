package cn.guifan.registry.document;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration of the document feature written in Java: its version, description
 * and checksum (Flyway cannot checksum Java code itself: the number changes when the
 * migration does), run in the migration's transaction.
 */
abstract class DocumentMigration implements JavaMigration {

	private final String version;

	private final String description;

	private final int checksum;

	DocumentMigration(String version, String description, int checksum) {
		this.version = version;
		this.description = description;
		this.checksum = checksum;
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion(this.version);
	}

	@Override
	public String getDescription() {
		return this.description;
	}

	@Override
	public Integer getChecksum() {
		return this.checksum;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
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
