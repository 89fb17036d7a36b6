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

	/**
	 * The tables of the connection's schema: by lower-case name, the name as the database
	 * stores it (H2 keeps unquoted names upper-case, PostgreSQL lower-case, and either
	 * keeps a quoted name as written: Flyway's {@code flyway_schema_history}).
	 */
	static Map<String, String> stored(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		Map<String, String> names = new TreeMap<>();
		try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
				new String[] { "TABLE" })) {
			while (tables.next()) {
				String name = tables.getString("TABLE_NAME");
				names.put(name.toLowerCase(Locale.ROOT), name);
			}
		}
		return names;
	}

	/** The tables of the connection's schema, lower-case. */
	static List<String> names(Connection connection) throws SQLException {
		return new ArrayList<>(stored(connection).keySet());
	}

	/** Every table of the connection's schema and its rows, by lower-case name. */
	static Map<String, Long> counts(Connection connection) throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		for (Map.Entry<String, String> table : stored(connection).entrySet()) {
			counts.put(table.getKey(), countStored(connection, table.getValue()));
		}
		return counts;
	}

	/** The rows of a table, by its lower-case name. */
	static long count(Connection connection, String table) throws SQLException {
		String stored = stored(connection).get(table.toLowerCase(Locale.ROOT));
		if (stored == null) {
			throw new SQLException("no table " + table);
		}
		return countStored(connection, stored);
	}

	private static long countStored(Connection connection, String stored) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + quote(stored))) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/** A name as the database stores it, quoted. */
	static String quote(String stored) {
		return "\"" + stored.replace("\"", "\"\"") + "\"";
	}

}
