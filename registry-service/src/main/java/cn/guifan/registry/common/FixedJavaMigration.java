package cn.guifan.registry.common;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration written in Java with a fixed version, description and checksum
 * (Flyway cannot checksum Java code itself: the number changes when the migration does),
 * run in the migration's transaction. Features extend it for their Java migrations.
 */
public abstract class FixedJavaMigration implements JavaMigration {

	private final String version;

	private final String description;

	private final int checksum;

	protected FixedJavaMigration(String version, String description, int checksum) {
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

}
