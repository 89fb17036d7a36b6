package cn.guifan.registry.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import cn.guifan.registry.GuifanApplication;
import cn.guifan.registry.citation.CitationCheckResult;
import cn.guifan.registry.citation.CitationChecker;
import cn.guifan.registry.citation.ValidityService;
import cn.guifan.registry.lifecycle.Timelines;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lifecycle benchmark: a registry of N documents with five lifecycle events each
 * (published, effective, two amendments, and a repeal for every tenth), then (a) status
 * on a date, (b) a validity look-up by doc number or title, (c) a citation check of a
 * 30-page draft citing 60 documents — for N = 1,000, 10,000 and 100,000, so the growth
 * with the registry's size shows. Run with
 * {@code scripts/benchmark lifecycle [--sizes 1000,10000,100000] [--warmup SECONDS]}.
 * <p>
 * Each operation is warmed up for {@code --warmup} seconds (default 5) on each registry
 * before it is measured for three: with one second, the first registry measured carried
 * the JIT's warming and came out slower than the largest.
 */
public final class LifecycleBenchmark {

	/** Seconds each operation runs before it is measured, on each registry. */
	private static long warmupNanos = 5_000_000_000L;

	/** Settings of Guifan's side ({@code --set PROPERTY=VALUE}, repeatable). */
	private static final List<String> settings = new ArrayList<>();

	/**
	 * What H2 read from its file during each size's look-ups, printed under the table.
	 */
	private static final List<String> reads = new ArrayList<>();

	private LifecycleBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String sizes = "1000,10000,100000";
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals("--sizes")) {
				sizes = args[i + 1];
			}
			if (args[i].equals("--warmup")) {
				warmupNanos = (long) (Double.parseDouble(args[i + 1]) * 1e9);
			}
		}
		settings.addAll(Options.properties(args, "--set"));
		Path work = Path.of("target", "bench", "lifecycle-" + System.currentTimeMillis()).toAbsolutePath();
		Files.createDirectories(work);
		System.out.println(
				"| documents | status on date /s | validity look-ups /s | citation check of a 30-page draft (ms) |");
		System.out.println("|---|---|---|---|");
		for (String size : sizes.split(",")) {
			run(Integer.parseInt(size.strip()), work.resolve("n" + size.strip()));
		}
		System.out.println();
		reads.forEach(System.out::println);
	}

	private static void run(int n, Path data) throws Exception {
		SpringApplication application = new SpringApplication(GuifanApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		List<String> arguments = new ArrayList<>(List.of("--guifan.data-dir=" + data,
				"--guifan.elasticsearch.enabled=false", "--guifan.indexer.enabled=false", "--logging.level.root=WARN",
				"--logging.level.cn.guifan=WARN"));
		arguments.addAll(settings);
		try (ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new))) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			populate(jdbc, n);
			H2Stores h2Before = H2Stores.read(jdbc);
			Timelines lifecycle = context.getBean(Timelines.class);
			ValidityService validity = context.getBean(ValidityService.class);
			CitationChecker checker = context.getBean(CitationChecker.class);
			Random random = new Random(42);
			List<Long> ids = jdbc.queryForList("SELECT id FROM document", Long.class);

			double statusRate = rate(() -> lifecycle.timeline(ids.get(random.nextInt(ids.size())))
				.on(LocalDate.of(2000 + random.nextInt(26), 1 + random.nextInt(12), 1 + random.nextInt(28))));
			double validityRate = rate(() -> {
				int k = random.nextInt(n);
				String ref = (k % 2 == 0) ? number(k) : title(k);
				validity.check(ref, LocalDate.of(2024, 6, 1), true);
			});
			String draft = draft(n, random);
			long warm = System.nanoTime() + warmupNanos;
			do {
				checker.check(draft, LocalDate.of(2024, 6, 1), true);
			}
			while (System.nanoTime() < warm);
			long start = System.nanoTime();
			int repeats = 10;
			CitationCheckResult result = null;
			for (int i = 0; i < repeats; i++) {
				result = checker.check(draft, LocalDate.of(2024, 6, 1), true);
			}
			double checkMillis = (System.nanoTime() - start) / 1e6 / repeats;
			System.out.printf(Locale.ROOT, "| %,d | %.0f | %.0f | %.1f (%d citations, %,d characters) |%n", n,
					statusRate, validityRate, checkMillis, result.findings().size(), draft.length());
			// Look-ups that H2 answered from its file rather than its page cache: a
			// registry larger than the cache shows here.
			H2Stores h2After = H2Stores.read(jdbc);
			if (h2Before != null && h2After != null) {
				reads.add(String.format(Locale.ROOT, "%,d documents: %s", n, h2After.since(h2Before)));
			}
		}
	}

	/** Operations per second over three seconds, after the warm-up. */
	private static double rate(Runnable op) {
		long warm = System.nanoTime() + warmupNanos;
		while (System.nanoTime() < warm) {
			op.run();
		}
		long start = System.nanoTime();
		long end = start + 3_000_000_000L;
		long count = 0;
		while (System.nanoTime() < end) {
			op.run();
			count++;
		}
		return count / ((System.nanoTime() - start) / 1e9);
	}

	private static String title(int k) {
		return "青禾县第" + k + "号管理办法";
	}

	private static String number(int k) {
		return "青政规〔" + (2000 + k % 25) + "〕" + (k / 25 + 1) + "号";
	}

	/**
	 * 30 pages of prose with 60 citations of registry documents, some by number, a few
	 * unknown.
	 */
	private static String draft(int n, Random random) {
		StringBuilder text = new StringBuilder();
		String filler = "为进一步规范行政执法行为，提高依法行政水平，保障公民、法人和其他组织的合法权益，结合本县实际，现就有关事项通知如下。";
		for (int i = 0; i < 60; i++) {
			int k = random.nextInt(n);
			text.append(filler.repeat(8)).append("根据《").append(title(k)).append("》");
			if (i % 2 == 0) {
				text.append("（").append(number(k)).append("）");
			}
			text.append("的规定，").append(filler).append('\n');
		}
		text.append("依照《本县尚未收录的某项规定》执行。\n");
		return text.toString();
	}

	private static void populate(JdbcTemplate jdbc, int n) {
		Timestamp now = Timestamp.from(Instant.now());
		int batch = 1000;
		for (int from = 0; from < n; from += batch) {
			int to = Math.min(n, from + batch);
			List<Object[]> documents = new ArrayList<>();
			for (int k = from; k < to; k++) {
				LocalDate signed = LocalDate.of(2000 + k % 25, 1 + k % 12, 1 + k % 28);
				documents.add(new Object[] { k + 1L, title(k), number(k), number(k), "NORMATIVE_DOCUMENT", "基准测试",
						Date.valueOf(signed), Date.valueOf(signed.plusMonths(1)), "{\"title\":\"" + title(k) + "\"}",
						now, now });
			}
			jdbc.batchUpdate("""
					INSERT INTO document (id, title, doc_number, doc_number_normalized, kind, kind_reason, signed_date,
					       effective_date, metadata_json, created_at, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""", documents);
			List<Object[]> versions = new ArrayList<>();
			List<Object[]> events = new ArrayList<>();
			List<Object[]> aliases = new ArrayList<>();
			for (int k = from; k < to; k++) {
				long id = k + 1L;
				LocalDate signed = LocalDate.of(2000 + k % 25, 1 + k % 12, 1 + k % 28);
				versions
					.add(new Object[] { id, 1, Date.valueOf(signed.plusMonths(1)), "第一条 正文。", "x".repeat(64), now });
				events.add(event(id, "PUBLISHED", signed, now));
				events.add(event(id, "EFFECTIVE", signed.plusMonths(1), now));
				events.add(event(id, "AMENDED", signed.plusYears(2), now));
				events.add(event(id, "AMENDED", signed.plusYears(4), now));
				events.add(event(id, (k % 10 == 0) ? "REPEALED" : "PARTIALLY_INVALID", signed.plusYears(6), now));
				aliases.add(new Object[] { id, title(k) });
			}
			jdbc.batchUpdate(
					"""
							INSERT INTO document_version (document_id, version_no, valid_from, text_content, text_sha256, created_at)
							VALUES (?, ?, ?, ?, ?, ?)
							""",
					versions);
			jdbc.batchUpdate("""
					INSERT INTO lifecycle_event (document_id, event_type, event_date, provisions, origin, recorded_by,
					       reason, recorded_at)
					VALUES (?, ?, ?, ?, 'BENCH', 'bench', 'benchmark', ?)
					""", events);
			jdbc.batchUpdate("INSERT INTO document_alias (document_id, alias) VALUES (?, ?)", aliases);
		}
		jdbc.execute("ALTER TABLE document ALTER COLUMN id RESTART WITH " + (n + 1));
	}

	private static Object[] event(long id, String type, LocalDate date, Timestamp now) {
		return new Object[] { id, type, Date.valueOf(date), type.equals("PARTIALLY_INVALID") ? "第三条" : null, now };
	}

}
