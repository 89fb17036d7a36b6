package cn.guifan.registry.ingest;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import cn.guifan.registry.support.Corpus;
import cn.guifan.registry.support.H2Plans;
import cn.guifan.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingest costs the same per document in a registry of any size: every statement that
 * ingest and the outbox indexer run reads the registry's tables through an index, looking
 * up keys, and never reads a table (or every row an index holds under a null, such as all
 * unresolved references) from end to end.
 * <p>
 * The test records each distinct statement, with the values of its first execution, while
 * real laws are ingested (new documents, versions of 会计法, the 刑法 and its 修正案 resolving
 * references made before they arrived, another copy of a known text, files met again),
 * and asks H2 for each one's plan. The outbox's counts (how much is pending, whether the
 * indexer is idle) and the index rebuild lease may read their tables whole; a claim of
 * the outbox must not, because an ingest runs thousands of documents ahead of the index
 * ({@code OutboxClaimIT}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "guifan.ingest.chunk-size=4")
class IngestQueryPlansIT extends RegistryIntegrationTest {

	/** Tables whose size does not grow with the registry. */
	private static final Set<String> QUEUES = Set.of("INDEX_OUTBOX", "INDEX_REBUILD");

	/**
	 * A table read in a plan, and how:
	 * {@code "PUBLIC"."T" "ALIAS" /* PUBLIC.INDEX: condition * /}.
	 */
	private static final Pattern ACCESS = Pattern
		.compile("\"PUBLIC\"\\.\"(\\w+)\"(?:\\s+\"\\w+\")?\\s*/\\*\\s*PUBLIC\\.([^*]*?)\\s*\\*/", Pattern.DOTALL);

	@Autowired
	IngestService ingest;

	@Autowired
	Statements statements;

	@Autowired
	DataSource dataSource;

	@TempDir
	Path dir;

	@Test
	void everyStatementOfIngestLooksUpKeysThroughAnIndex() throws Exception {
		List<Path> laws = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Corpus.laws())) {
			files.filter((p) -> p.toString().endsWith(".md")).filter((p) -> {
				String name = p.getFileName().toString();
				return name.startsWith("刑法修正案") || name.startsWith("会计法(") || name.startsWith("反间谍法(")
						|| name.startsWith("国家安全法(") || name.equals("宪法.md");
			}).sorted().forEach(laws::add);
		}
		Corpus.linkInto(laws, this.dir.resolve("first"));
		// The 刑法 after its amendments, which named it before it was there; and another
		// copy of a known text.
		Corpus.linkInto(List.of(Corpus.laws().resolve("刑法/刑法.md")), this.dir.resolve("later"));
		String text = Files.readString(Corpus.laws().resolve("经济法/会计法(2024-06-28).md"), StandardCharsets.UTF_8);
		Files.writeString(this.dir.resolve("later/会计法-copy.md"), text + "\n\n（此件公开发布）\n");

		// Only what ingest runs: not what the application did when it started (one-off
		// migrations, seeding accounts).
		this.statements.clear();
		assertThat(this.ingest.ingest(this.dir.resolve("first"), Duration.ofMinutes(3)).completed()).isTrue();
		IngestReport later = this.ingest.ingest(this.dir.resolve("later"), Duration.ofMinutes(3));
		assertThat(later.counts().stored()).isEqualTo(1);
		assertThat(later.counts().merged()).isEqualTo(1);
		assertThat(this.ingest.ingest(this.dir.resolve("first"), Duration.ofMinutes(3)).counts().duplicates())
			.isEqualTo(laws.size());

		// The references and the history a document's text gives are stored in one JDBC
		// batch each, not a statement apiece.
		int relations = this.statements.batched("INSERT INTO document_relation");
		int relationTrips = this.statements.trips("INSERT INTO document_relation");
		assertThat(relations).as("references stored in batches").isGreaterThan(relationTrips);
		assertThat(relationTrips).as("round trips storing references, at most one a document")
			.isLessThanOrEqualTo(laws.size() + 2);
		assertThat(this.statements.batched("INSERT INTO lifecycle_event")).as("events of new documents in batches")
			.isPositive();

		Map<String, List<Object[]>> recorded = this.statements.registry();
		assertThat(recorded).as("statements on the registry's tables").hasSizeGreaterThan(20);
		Map<String, String> scans = new TreeMap<>();
		try (Connection connection = this.dataSource.getConnection()) {
			largeRegistryStatistics(connection);
			for (Map.Entry<String, List<Object[]>> statement : recorded.entrySet()) {
				String plan = plan(connection, statement.getKey(), statement.getValue());
				List<String> reads = new ArrayList<>(scans(plan));
				// A plan shows "column = ?" whatever the value; a NULL there looks
				// nothing up but walks every index entry under the null. Run the reads to
				// count.
				if (statement.getKey().strip().regionMatches(true, 0, "SELECT", 0, 6)) {
					long rows = rowsRead(connection, statement.getKey(), statement.getValue());
					if (rows > 1000) {
						reads.add(rows + " rows read");
					}
				}
				if (!reads.isEmpty()) {
					scans.put(statement.getKey(), String.join("; ", reads) + "\n" + plan);
				}
			}
		}
		assertThat(scans).as("statements that read a table, or an index, from end to end").isEmpty();
	}

	/**
	 * The statistics of a registry of thousands of documents, each cited, and thousands
	 * of references to documents it does not hold. H2 chooses its indexes by them: with
	 * thousands of distinct targets it takes {@code to_document_id IS NULL} for a
	 * selective look-up, and reads every unresolved reference through the foreign key's
	 * index, as it did in the ingest benchmark. A dozen documents would not show it.
	 */
	private static void largeRegistryStatistics(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("""
					INSERT INTO document (title, kind, kind_reason, metadata_json, created_at, updated_at)
					SELECT '统计用文件' || X, 'OTHER', '统计用', '{}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
					  FROM SYSTEM_RANGE(1, 5000)
					""");
			statement.execute("""
					INSERT INTO document_relation (from_document_id, relation_type, to_document_id, target_title,
					       created_at)
					SELECT id, 'CITES', id, title, CURRENT_TIMESTAMP FROM document WHERE title LIKE '统计用文件%'
					""");
			statement.execute("""
					INSERT INTO document_relation (from_document_id, relation_type, target_title,
					       target_doc_number_normalized, created_at, pending_title, pending_doc_number)
					SELECT id, 'CITES', '未登记' || id, '未登记' || id, CURRENT_TIMESTAMP, '未登记' || id, '未登记' || id
					  FROM document WHERE title LIKE '统计用文件%'
					""");
			// And as many references by title alone (most laws are cited without a
			// number).
			statement.execute("""
					INSERT INTO document_relation (from_document_id, relation_type, target_title, created_at,
					       pending_title)
					SELECT id, 'CITES', '未登记标题' || id, CURRENT_TIMESTAMP, '未登记标题' || id
					  FROM document WHERE title LIKE '统计用文件%'
					""");
			statement.execute("ANALYZE");
		}
	}

	@Test
	void aPlanThatReadsATableOrEveryNullIsFound() {
		assertThat(scans("""
				FROM "PUBLIC"."DOCUMENT_VERSION" "V"
				    /* PUBLIC.DOCUMENT_VERSION.tableScan */
				INNER JOIN "PUBLIC"."DOCUMENT" "D"
				    /* PUBLIC.PRIMARY_KEY_62: ID = V.DOCUMENT_ID */
				""")).containsExactly("DOCUMENT_VERSION: DOCUMENT_VERSION.tableScan");
		assertThat(scans("""
				FROM "PUBLIC"."DOCUMENT_RELATION"
				    /* PUBLIC.CONSTRAINT_INDEX_F5: TO_DOCUMENT_ID IS NULL */
				""")).containsExactly("DOCUMENT_RELATION: CONSTRAINT_INDEX_F5: TO_DOCUMENT_ID IS NULL");
		assertThat(scans("""
				FROM "PUBLIC"."DOCUMENT_RELATION"
				    /* PUBLIC.DOCUMENT_RELATION_PENDING_NUMBER_IDX: PENDING_DOC_NUMBER = NULL
				        AND TO_DOCUMENT_ID IS NULL
				     */
				""")).hasSize(1);
		assertThat(scans("""
				FROM "PUBLIC"."LIFECYCLE_EVENT"
				    /* PUBLIC.LIFECYCLE_EVENT_DOCUMENT_IDX: EVENT_DATE = DATE '2000-01-01'
				        AND DOCUMENT_ID = CAST(1 AS BIGINT)
				     */
				""")).isEmpty();
	}

	/** The table accesses of a plan that do not look up a key. */
	static List<String> scans(String plan) {
		List<String> scans = new ArrayList<>();
		Matcher access = ACCESS.matcher(plan);
		while (access.find()) {
			String table = access.group(1);
			String how = access.group(2).replaceAll("\\s+", " ");
			int colon = how.indexOf(':');
			String condition = (colon < 0) ? "" : how.substring(colon + 1);
			// "= NULL" looks nothing up: the index is walked through every entry under
			// the null (every unresolved reference made without a number) to find no
			// match.
			boolean lookup = (condition.contains("=") || condition.contains("IN(")) && !condition.contains("= NULL");
			if (!lookup && !QUEUES.contains(table)) {
				scans.add(table + ": " + how);
			}
		}
		return scans;
	}

	/**
	 * The rows H2 reads to answer a query with the recorded values: the sum of the
	 * {@code scanCount}s of {@code EXPLAIN ANALYZE}. A key look-up in the large registry
	 * reads a handful; reading every reference without a number reads thousands.
	 */
	private static long rowsRead(Connection connection, String sql, List<Object[]> parameters) throws SQLException {
		return H2Plans.rowsRead(plan(connection, "ANALYZE " + sql, parameters));
	}

	private static String plan(Connection connection, String sql, List<Object[]> parameters) throws SQLException {
		try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
			for (int i = 0; i < parameters.size(); i++) {
				Object[] p = parameters.get(i);
				if (p == null) {
					continue;
				}
				if (p[0] == null) {
					explain.setNull(i + 1, (p[1] != null) ? (Integer) p[1] : java.sql.Types.VARCHAR);
				}
				else {
					explain.setObject(i + 1, p[0]);
				}
			}
			try (ResultSet rs = explain.executeQuery()) {
				StringBuilder plan = new StringBuilder();
				while (rs.next()) {
					plan.append(rs.getString(1)).append('\n');
				}
				return plan.toString();
			}
		}
	}

	/**
	 * Records every statement run on the database, with the parameter values of its first
	 * execution (value and SQL type, by position).
	 */
	static final class Statements {

		private final Map<String, List<Object[]>> seen = new ConcurrentHashMap<>();

		/** Round trips of each statement: executions, a JDBC batch counting once. */
		private final Map<String, AtomicInteger> trips = new ConcurrentHashMap<>();

		/** Rows each statement was given in JDBC batches. */
		private final Map<String, AtomicInteger> batched = new ConcurrentHashMap<>();

		void clear() {
			this.seen.clear();
			this.trips.clear();
			this.batched.clear();
		}

		void record(String sql, List<Object[]> parameters) {
			this.seen.putIfAbsent(sql.strip(), parameters);
		}

		void executed(String sql) {
			this.trips.computeIfAbsent(sql.strip(), (k) -> new AtomicInteger()).incrementAndGet();
		}

		void addedToBatch(String sql) {
			this.batched.computeIfAbsent(sql.strip(), (k) -> new AtomicInteger()).incrementAndGet();
		}

		/** Round trips of the statements starting with this text. */
		int trips(String start) {
			return sum(this.trips, start);
		}

		/** Rows given in batches to the statements starting with this text. */
		int batched(String start) {
			return sum(this.batched, start);
		}

		private static int sum(Map<String, AtomicInteger> counts, String start) {
			return counts.entrySet()
				.stream()
				.filter((e) -> e.getKey().startsWith(start))
				.mapToInt((e) -> e.getValue().get())
				.sum();
		}

		/**
		 * The statements on the registry's own tables (not Spring Batch's job repository,
		 * not Flyway's history), in the order first seen.
		 */
		Map<String, List<Object[]>> registry() {
			Map<String, List<Object[]>> registry = new LinkedHashMap<>();
			this.seen.forEach((sql, parameters) -> {
				String upper = sql.toUpperCase(Locale.ROOT);
				boolean dml = upper.startsWith("SELECT") || upper.startsWith("UPDATE") || upper.startsWith("DELETE")
						|| upper.startsWith("INSERT") || upper.startsWith("(SELECT") || upper.startsWith("WITH");
				if (dml && !upper.contains("BATCH_") && !upper.contains("FLYWAY_")) {
					registry.put(sql, parameters);
				}
			});
			return registry;
		}

	}

	@TestConfiguration
	static class Recording {

		@Bean
		Statements statements() {
			return new Statements();
		}

		@Bean
		static BeanPostProcessor recordStatements(org.springframework.beans.factory.ObjectProvider<Statements> all) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)) {
						return new DelegatingDataSource(dataSource) {
							@Override
							public Connection getConnection() throws SQLException {
								return recording(super.getConnection(), all.getObject());
							}
						};
					}
					return bean;
				}
			};
		}

		private static Connection recording(Connection connection, Statements statements) {
			return proxy(Connection.class, connection, (method, args, result) -> {
				if (method.getName().equals("prepareStatement") && args != null && args[0] instanceof String sql) {
					return preparedRecording((PreparedStatement) result, sql, statements);
				}
				if (method.getName().equals("createStatement")) {
					return proxy(Statement.class, (Statement) result, (m, a, r) -> {
						if (m.getName().startsWith("execute") && a != null && a.length > 0
								&& a[0] instanceof String sql) {
							statements.record(sql, List.of());
						}
						return r;
					});
				}
				return result;
			});
		}

		private static PreparedStatement preparedRecording(PreparedStatement statement, String sql,
				Statements statements) {
			List<Object[]> parameters = new ArrayList<>();
			return proxy(PreparedStatement.class, statement, (method, args, result) -> {
				String name = method.getName();
				if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
					while (parameters.size() < index) {
						parameters.add(null);
					}
					parameters.set(index - 1,
							name.equals("setNull") ? new Object[] { null, args[1] } : new Object[] { args[1], null });
				}
				else if (name.startsWith("execute") || name.equals("addBatch")) {
					statements.record(sql, List.copyOf(
							parameters.stream().map((p) -> (p != null) ? p : new Object[] { null, null }).toList()));
					if (name.equals("addBatch")) {
						statements.addedToBatch(sql);
					}
					else {
						statements.executed(sql);
					}
				}
				return result;
			});
		}

		@SuppressWarnings("unchecked")
		private static <T> T proxy(Class<T> type, T target, After after) {
			InvocationHandler handler = (proxy, method, args) -> {
				Object result;
				try {
					result = method.invoke(target, args);
				}
				catch (InvocationTargetException ex) {
					throw ex.getCause();
				}
				return after.apply(method, args, result);
			};
			return (T) Proxy.newProxyInstance(IngestQueryPlansIT.class.getClassLoader(), new Class<?>[] { type },
					handler);
		}

		private interface After {

			Object apply(Method method, Object[] args, Object result) throws Throwable;

		}

	}

}
