package cn.guifan.registry.config;

import org.springframework.stereotype.Component;

/**
 * Flyway migration 39: the tables of Spring Session JDBC ({@code SPRING_SESSION},
 * {@code SPRING_SESSION_ATTRIBUTES}), from the script Spring Session ships for the
 * database in use. The pages' sessions live in the database so that a login on one
 * instance is valid on every other one sharing it.
 */
@Component
class SpringSessionSchemaMigration extends VendorSchemaMigration {

	SpringSessionSchemaMigration() {
		super("39", "Spring Session tables", 4_1_0, "org/springframework/session/jdbc");
	}

}
