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

			Map<String, String> sourceTables = DatabaseTables.stored(from);
			sourceTables.remove(FLYWAY_HISTORY);
			Map<String, String> targetTables = DatabaseTables.stored(to);
			List<String> order = dependencyOrder(to);
			order.remove(FLYWAY_HISTORY);
			List<String> missing = sourceTables.keySet().stream().filter((t) -> !order.contains(t)).toList();
			if (!missing.isEmpty()) {
				throw new BackupException("PostgreSQL 中缺少这些表（迁移脚本与 H2 登记库的版本不一致？）：" + missing);
			}
			// Rows the migrations seeded are replaced by the registry's own.
			if (!order.isEmpty()) {
				List<String> quoted = new ArrayList<>();
				for (String table : order) {
					quoted.add(DatabaseTables.quote(targetTables.getOrDefault(table, table)));
				}
				try (Statement truncate = to.createStatement()) {
					truncate.execute("TRUNCATE " + String.join(", ", quoted));
				}
			}
			Map<String, Long> copied = new LinkedHashMap<>();
			for (String table : order) {
				String source = sourceTables.get(table);
				if (source != null) {
					long rows = copy(from, source, to, targetTables.getOrDefault(table, table));
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

	private static long copy(Connection from, String sourceTable, Connection to, String targetTable)
			throws SQLException {
		Map<String, Column> sourceColumns = columns(from, sourceTable);
		Map<String, Column> targetColumns = columns(to, targetTable);
		List<String> columns = new ArrayList<>(targetColumns.keySet());
		columns.retainAll(sourceColumns.keySet());
		List<String> quotedFrom = new ArrayList<>();
		List<String> quotedTo = new ArrayList<>();
		List<Integer> types = new ArrayList<>();
		for (String column : columns) {
			Column source = sourceColumns.get(column);
			Column target = targetColumns.get(column);
			if (source == null || target == null) {
				continue;
			}
			quotedFrom.add(DatabaseTables.quote(source.stored()));
			quotedTo.add(DatabaseTables.quote(target.stored()));
			types.add(source.type());
		}
		String select = "SELECT " + String.join(", ", quotedFrom) + " FROM " + DatabaseTables.quote(sourceTable);
		String insert = "INSERT INTO " + DatabaseTables.quote(targetTable) + " (" + String.join(", ", quotedTo)
				+ ") VALUES (" + String.join(", ", quotedTo.stream().map((c) -> "?").toList()) + ")";
		long rows = 0;
		try (Statement read = from.createStatement(); PreparedStatement write = to.prepareStatement(insert)) {
			read.setFetchSize(BATCH);
			try (ResultSet rs = read.executeQuery(select)) {
				int pending = 0;
				while (rs.next()) {
					for (int i = 0; i < types.size(); i++) {
						int type = types.get(i);
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

	/** A column as the database stores its name, and its JDBC type. */
	private record Column(String stored, int type) {

	}

	/** A table's columns by lower-case name. */
	private static Map<String, Column> columns(Connection connection, String storedTable) throws SQLException {
		Map<String, Column> columns = new LinkedHashMap<>();
		DatabaseMetaData meta = connection.getMetaData();
		try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), storedTable, "%")) {
			while (rs.next()) {
				String name = rs.getString("COLUMN_NAME");
				columns.put(name.toLowerCase(Locale.ROOT), new Column(name, rs.getInt("DATA_TYPE")));
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
		for (Map.Entry<String, String> entry : DatabaseTables.stored(connection).entrySet()) {
			String table = entry.getKey();
			Set<String> refs = new LinkedHashSet<>();
			try (ResultSet keys = meta.getImportedKeys(connection.getCatalog(), connection.getSchema(),
					entry.getValue())) {
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
			String table = DatabaseTables.quote(identity[0]);
			String column = DatabaseTables.quote(identity[1]);
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
