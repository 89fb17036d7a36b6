package cn.guifan.registry.document;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Flyway migration 61: fills the 统一登记号 columns that migration 60 added from the metadata
 * each document already keeps, so documents stored before are found by their registration
 * number too.
 */
@Component
class RegistrationNumberMigration extends DocumentMigration {

	RegistrationNumberMigration() {
		super("61", "registration numbers from metadata", 61_1);
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement select = connection.createStatement();
				PreparedStatement update = connection
					.prepareStatement("UPDATE document SET registration_number = ?, registration_key = ? WHERE id = ?");
				ResultSet rs = select.executeQuery(
						"SELECT id, metadata_json FROM document WHERE metadata_json LIKE '%\"registrationNumber\":\"%'")) {
			int pending = 0;
			while (rs.next()) {
				JsonNode registration = DocumentJson.mapper().readTree(rs.getString(2)).get("registrationNumber");
				if (registration == null || !registration.isString() || registration.asString().isBlank()) {
					continue;
				}
				String printed = registration.asString().strip();
				update.setString(1, DocumentStore.truncate(printed, 200));
				update.setString(2, DocumentStore.truncate(RegistrationNumberKey.of(printed), 200));
				update.setLong(3, rs.getLong(1));
				update.addBatch();
				if (++pending == 500) {
					update.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				update.executeBatch();
			}
		}
	}

}
