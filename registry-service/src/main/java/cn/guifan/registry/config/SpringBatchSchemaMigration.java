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
 * Flyway migration 2: Spring Batch's job repository tables, from the DDL script that
 * Spring Batch ships for the database in use, so the schema matches the Batch version
 * exactly and is created once, in order, with the registry's own tables.
 */
@Component
class SpringBatchSchemaMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("2");
	}

	@Override
	public String getDescription() {
		return "Spring Batch job repository";
	}

	@Override
	public Integer getChecksum() {
		return 6_0_6;
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
			throw new IllegalStateException("no Spring Batch schema for the database " + product);
		}
		new ResourceDatabasePopulator(
				new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"))
			.populate(connection);
	}

}
