package cn.guifan.registry.config;

import java.sql.Connection;
import java.util.Locale;

import cn.guifan.registry.common.FixedJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A Flyway migration that runs the schema script a library ships for the database in use
 * ({@code <folder>/schema-h2.sql} or {@code schema-postgresql.sql}), so its tables match
 * the library's version and are made in order with the registry's own.
 */
abstract class VendorSchemaMigration extends FixedJavaMigration {

	private final String scriptFolder;

	/**
	 * @param scriptFolder the classpath folder of the library's schema scripts
	 * @param checksum changes when the library's script does (Flyway cannot checksum a
	 * Java migration itself)
	 */
	VendorSchemaMigration(String version, String description, int checksum, String scriptFolder) {
		super(version, description, checksum);
		this.scriptFolder = scriptFolder;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
		String platform = product.contains("postgres") ? "postgresql" : product.contains("h2") ? "h2" : null;
		if (platform == null) {
			throw new IllegalStateException("no " + getDescription() + " schema for the database " + product);
		}
		new ResourceDatabasePopulator(new ClassPathResource(this.scriptFolder + "/schema-" + platform + ".sql"))
			.populate(connection);
	}

}
