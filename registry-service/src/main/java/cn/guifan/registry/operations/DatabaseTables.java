package cn.guifan.registry.operations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tables of a database's current schema, read from its metadata, and their rows: the
 * whole database as backups and moves see it, whichever feature owns each table.
 */
final class DatabaseTables {

	private DatabaseTables() {
	}

	/** The tables of the connection's schema, lower-case. */
	static List<String> names(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		List<String> names = new ArrayList<>();
		try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
				new String[] { "TABLE" })) {
			while (tables.next()) {
				names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
			}
		}
		return names;
	}

	/** Every table of the connection's schema and its rows, by name. */
	static Map<String, Long> counts(Connection connection) throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : names(connection)) {
			counts.put(table, count(connection, table));
		}
		return counts;
	}

	static long count(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + quoted(connection, table))) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/**
	 * A table or column name as the database stores it, quoted: H2 keeps unquoted names
	 * upper-case, PostgreSQL lower-case.
	 */
	static String quoted(Connection connection, String name) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		String stored = meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT)
				: name.toLowerCase(Locale.ROOT);
		return "\"" + stored.replace("\"", "\"\"") + "\"";
	}

}
