package cn.guifan.registry.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registry made by an earlier release upgrades although the new release brings a
 * migration numbered below one it already applied (features own version ranges: the
 * operations feature's V38 landed after the ingest feature's V70). It refused to start
 * before ("Detected resolved migration not applied to database: 38").
 */
class MigrationOrderTest {

	@TempDir
	Path tmp;

	@Test
	void theServiceAppliesAMigrationNumberedBelowOnesAlreadyApplied() throws Exception {
		boolean outOfOrder = Boolean.parseBoolean(String.valueOf(flywaySetting("spring.flyway.out-of-order")));
		Path earlier = this.tmp.resolve("earlier");
		Path later = this.tmp.resolve("later");
		Files.createDirectories(earlier);
		Files.createDirectories(later);
		for (Path folder : List.of(earlier, later)) {
			Files.writeString(folder.resolve("V30__accounts.sql"), "CREATE TABLE account (id INT);");
			Files.writeString(folder.resolve("V70__lookups.sql"), "CREATE INDEX account_id ON account (id);");
		}
		Files.writeString(later.resolve("V38__job_lock.sql"), "CREATE TABLE job_lock (name VARCHAR(40));");
		String url = "jdbc:h2:mem:order-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";

		flyway(url, earlier, outOfOrder).migrate();
		flyway(url, later, outOfOrder).migrate();

		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				ResultSet tables = connection.getMetaData().getTables(null, null, "JOB_LOCK", null)) {
			assertThat(tables.next()).as("V38 applied after V70").isTrue();
		}
	}

	private static Flyway flyway(String url, Path folder, boolean outOfOrder) {
		return Flyway.configure()
			.dataSource(url, "sa", "")
			.locations("filesystem:" + folder)
			.outOfOrder(outOfOrder)
			.load();
	}

	private static Object flywaySetting(String name) throws Exception {
		for (PropertySource<?> source : new YamlPropertySourceLoader().load("application",
				new ClassPathResource("application.yml"))) {
			Object value = source.getProperty(name);
			if (value != null) {
				return value;
			}
		}
		return "false";
	}

}
