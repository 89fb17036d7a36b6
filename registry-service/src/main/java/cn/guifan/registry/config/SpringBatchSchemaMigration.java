package cn.guifan.registry.config;

import org.springframework.stereotype.Component;

/**
 * Flyway migration 2: Spring Batch's job repository tables, from the DDL script that
 * Spring Batch ships for the database in use, so the schema matches the Batch version
 * exactly and is created once, in order, with the registry's own tables.
 */
@Component
class SpringBatchSchemaMigration extends VendorSchemaMigration {

	SpringBatchSchemaMigration() {
		super("2", "Spring Batch job repository", 6_0_6, "org/springframework/batch/core");
	}

}
