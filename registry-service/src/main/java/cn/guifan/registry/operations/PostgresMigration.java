package cn.guifan.registry.operations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

/**
 * {@code guifan migrate-to-postgres}: copies every table of the H2 registry into an empty
 * PostgreSQL database that the registry's own Flyway migrations prepare, parents before
 * the tables that refer to them, in batches, within one transaction on each side (the
 * source read as one snapshot); sets the sequences after the copied rows and compares
 * every table's rows.
 */
@Component
public class PostgresMigration {

	static final int BATCH = 500;

	private static final String FLYWAY_HISTORY = "flyway_schema_history";

	private final DataSource source;

	private final Flyway flyway;

	PostgresMigration(DataSource source, Flyway flyway) {
		this.source = source;
		this.flyway = flyway;
	}

	/** What was copied: every table and its rows, in the order copied. */
	public record Result(Map<String, Long> tables) {

		public long rows() {
			return this.tables.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/** Reports progress, a table at a time. */
	public interface Progress {

		void copied(String table, long rows);

	}

	public Result migrate(String url, String user, String password, Progress progress) {
		if (!url.startsWith("jdbc:postgresql:")) {
			throw new BackupException("--url 须是 PostgreSQL 的 JDBC 地址（jdbc:postgresql://主机:端口/数据库），而不是 " + url);
		}
		try (Connection from = this.source.getConnection();
				Connection to = DriverManager.getConnection(url, user, password)) {
			if (!from.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
				throw new BackupException("当前登记库不是 H2（" + from.getMetaData().getDatabaseProductName() + "），无需迁移");
			}
			List<String> existing = DatabaseTables.names(to);
			if (!existing.isEmpty()) {
				throw new BackupException("目标数据库的模式 " + to.getSchema() + " 不是空的（已有 " + existing.size() + " 张表，如 "
						+ existing.get(0) + "）：请给一个新建的空数据库");
			}
			Flyway.configure()
				.configuration(this.flyway.getConfiguration())
				.dataSource(url, user, password)
				.load()
				.migrate();

			from.setAutoCommit(false);
			try (Statement snapshot = from.createStatement()) {
				snapshot.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
			}
			to.setAutoCommit(false);

			Set<String> sourceTables = new LinkedHashSet<>(DatabaseTables.names(from));
			sourceTables.remove(FLYWAY_HISTORY);
			List<String> order = dependencyOrder(to);
			order.remove(FLYWAY_HISTORY);
			List<String> missing = sourceTables.stream().filter((t) -> !order.contains(t)).toList();
			if (!missing.isEmpty()) {
				throw new BackupException("PostgreSQL 中缺少这些表（迁移脚本与 H2 登记库的版本不一致？）：" + missing);
			}
			// Rows the migrations seeded are replaced by the registry's own.
			if (!order.isEmpty()) {
				List<String> quoted = new ArrayList<>();
				for (String table : order) {
					quoted.add(DatabaseTables.quoted(to, table));
				}
				try (Statement truncate = to.createStatement()) {
					truncate.execute("TRUNCATE " + String.join(", ", quoted));
				}
			}
			Map<String, Long> copied = new LinkedHashMap<>();
			for (String table : order) {
				if (sourceTables.contains(table)) {
					long rows = copy(from, to, table);
					copied.put(table, rows);
					progress.copied(table, rows);
				}
			}
			setSequences(from, to);
			verify(from, to, copied);
			to.commit();
			from.commit();
			return new Result(copied);
		}
		catch (SQLException ex) {
			throw new BackupException("迁移失败，目标数据库中没有写入任何数据（表已建好：请删除并重新创建该数据库后再试）：" + ex.getMessage(), ex);
		}
	}

	private static long copy(Connection from, Connection to, String table) throws SQLException {
		Map<String, Integer> sourceColumns = columns(from, table);
		List<String> columns = new ArrayList<>(columns(to, table).keySet());
		columns.retainAll(sourceColumns.keySet());
		List<String> quotedFrom = new ArrayList<>();
		List<String> quotedTo = new ArrayList<>();
		for (String column : columns) {
			quotedFrom.add(DatabaseTables.quoted(from, column));
			quotedTo.add(DatabaseTables.quoted(to, column));
		}
		String select = "SELECT " + String.join(", ", quotedFrom) + " FROM " + DatabaseTables.quoted(from, table);
		String insert = "INSERT INTO " + DatabaseTables.quoted(to, table) + " (" + String.join(", ", quotedTo)
				+ ") VALUES (" + String.join(", ", columns.stream().map((c) -> "?").toList()) + ")";
		long rows = 0;
		try (Statement read = from.createStatement(); PreparedStatement write = to.prepareStatement(insert)) {
			read.setFetchSize(BATCH);
			try (ResultSet rs = read.executeQuery(select)) {
				int pending = 0;
				while (rs.next()) {
					for (int i = 0; i < columns.size(); i++) {
						int type = sourceColumns.getOrDefault(columns.get(i), Types.OTHER);
						Object value = switch (type) {
							case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR -> rs.getString(i + 1);
							case Types.BLOB, Types.LONGVARBINARY, Types.VARBINARY, Types.BINARY -> rs.getBytes(i + 1);
							default -> rs.getObject(i + 1);
						};
						if (value == null) {
							write.setNull(i + 1, Types.NULL);
						}
						else {
							write.setObject(i + 1, value);
						}
					}
					write.addBatch();
					rows++;
					if (++pending == BATCH) {
						write.executeBatch();
						pending = 0;
					}
				}
				if (pending > 0) {
					write.executeBatch();
				}
			}
		}
		return rows;
	}

	/** A table's columns, lower-case, with their JDBC types. */
	private static Map<String, Integer> columns(Connection connection, String table) throws SQLException {
		Map<String, Integer> columns = new LinkedHashMap<>();
		DatabaseMetaData meta = connection.getMetaData();
		String stored = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
		try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), stored, "%")) {
			while (rs.next()) {
				columns.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rs.getInt("DATA_TYPE"));
			}
		}
		return columns;
	}

	/**
	 * The tables of the target, every table after the tables its foreign keys refer to.
	 */
	static List<String> dependencyOrder(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		Map<String, Set<String>> parents = new TreeMap<>();
		for (String table : DatabaseTables.names(connection)) {
			Set<String> refs = new LinkedHashSet<>();
			try (ResultSet keys = meta.getImportedKeys(connection.getCatalog(), connection.getSchema(), table)) {
				while (keys.next()) {
					String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
					if (!parent.equals(table)) {
						refs.add(parent);
					}
				}
			}
			parents.put(table, refs);
		}
		List<String> order = new ArrayList<>();
		Set<String> visiting = new LinkedHashSet<>();
		for (String table : parents.keySet()) {
			visit(table, parents, order, visiting);
		}
		return order;
	}

	private static void visit(String table, Map<String, Set<String>> parents, List<String> order,
			Set<String> visiting) {
		if (order.contains(table) || !visiting.add(table)) {
			return;
		}
		for (String parent : parents.getOrDefault(table, Set.of())) {
			visit(parent, parents, order, visiting);
		}
		order.add(table);
	}

	/**
	 * Identity columns continue after the highest copied key; named sequences (Spring
	 * Batch's) continue where H2's stood.
	 */
	private static void setSequences(Connection from, Connection to) throws SQLException {
		List<String[]> identities = new ArrayList<>();
		try (Statement statement = to.createStatement(); ResultSet rs = statement.executeQuery("""
				SELECT table_name, column_name FROM information_schema.columns
				 WHERE table_schema = current_schema()
				   AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')""")) {
			while (rs.next()) {
				identities.add(new String[] { rs.getString(1), rs.getString(2) });
			}
		}
		Set<String> owned = new LinkedHashSet<>();
		for (String[] identity : identities) {
			String table = DatabaseTables.quoted(to, identity[0]);
			String column = DatabaseTables.quoted(to, identity[1]);
			try (PreparedStatement set = to.prepareStatement("SELECT pg_get_serial_sequence(?, ?), setval("
					+ "pg_get_serial_sequence(?, ?), COALESCE((SELECT MAX(" + column + ") FROM " + table
					+ "), 0) + 1, false)")) {
				set.setString(1, table);
				set.setString(2, identity[1]);
				set.setString(3, table);
				set.setString(4, identity[1]);
				try (ResultSet rs = set.executeQuery()) {
					rs.next();
					owned.add(String.valueOf(rs.getString(1)).replaceFirst("^.*\\.", "").replace("\"", ""));
				}
			}
		}
		List<String> sequences = new ArrayList<>();
		try (Statement statement = to.createStatement();
				ResultSet rs = statement.executeQuery(
						"SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = current_schema()")) {
			while (rs.next()) {
				if (!owned.contains(rs.getString(1))) {
					sequences.add(rs.getString(1));
				}
			}
		}
		for (String sequence : sequences) {
			Long next = null;
			try (PreparedStatement read = from.prepareStatement(
					"SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = CURRENT_SCHEMA AND UPPER(SEQUENCE_NAME) = ?")) {
				read.setString(1, sequence.toUpperCase(Locale.ROOT));
				try (ResultSet rs = read.executeQuery()) {
					if (rs.next()) {
						next = rs.getLong(1);
					}
				}
			}
			if (next != null) {
				try (PreparedStatement set = to.prepareStatement("SELECT setval(?, ?, false)")) {
					set.setString(1, sequence);
					set.setLong(2, Math.max(1, next));
					set.executeQuery().close();
				}
			}
		}
	}

	private static void verify(Connection from, Connection to, Map<String, Long> copied) throws SQLException {
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, Long> table : copied.entrySet()) {
			long source = DatabaseTables.count(from, table.getKey());
			long target = DatabaseTables.count(to, table.getKey());
			if (target != source || target != table.getValue()) {
				wrong.add(table.getKey() + "：H2 " + source + " 行，PostgreSQL " + target + " 行");
			}
		}
		if (!wrong.isEmpty()) {
			throw new BackupException("迁移后行数不符：" + String.join("；", wrong));
		}
	}

}
