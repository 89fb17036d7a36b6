package cn.guifan.registry.config;

import java.sql.Connection;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 39: the tables of Spring Session JDBC ({@code SPRING_SESSION},
 * {@code SPRING_SESSION_ATTRIBUTES}), from the script Spring Session ships for the
 * database in use. The pages' sessions live in the database so that a login on one
 * instance is valid on every other one sharing it.
 */
@Component
class SpringSessionSchemaMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("39");
	}

	@Override
	public String getDescription() {
		return "Spring Session tables";
	}

	@Override
	public Integer getChecksum() {
		return 4_1_0;
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
			throw new IllegalStateException("no Spring Session schema for the database " + product);
		}
		new ResourceDatabasePopulator(
				new ClassPathResource("org/springframework/session/jdbc/schema-" + platform + ".sql"))
			.populate(connection);
	}

}
