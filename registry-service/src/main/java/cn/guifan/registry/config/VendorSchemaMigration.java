package cn.guifan.registry.config;

import java.sql.Connection;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A Flyway migration that runs the schema script a library ships for the database in use
 * ({@code <folder>/schema-h2.sql} or {@code schema-postgresql.sql}), so its tables match
 * the library's version and are made in order with the registry's own.
 */
abstract class VendorSchemaMigration implements JavaMigration {

	private final String version;

	private final String description;

	private final int checksum;

	private final String scriptFolder;

	/**
	 * @param scriptFolder the classpath folder of the library's schema scripts
	 * @param checksum changes when the library's script does (Flyway cannot checksum a
	 * Java migration itself)
	 */
	VendorSchemaMigration(String version, String description, int checksum, String scriptFolder) {
		this.version = version;
		this.description = description;
		this.checksum = checksum;
		this.scriptFolder = scriptFolder;
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

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
		String platform = product.contains("postgres") ? "postgresql" : product.contains("h2") ? "h2" : null;
		if (platform == null) {
			throw new IllegalStateException("no " + this.description + " schema for the database " + product);
		}
		new ResourceDatabasePopulator(new ClassPathResource(this.scriptFolder + "/schema-" + platform + ".sql"))
			.populate(connection);
	}

}
