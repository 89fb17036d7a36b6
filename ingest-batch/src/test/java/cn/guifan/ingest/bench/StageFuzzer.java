package cn.guifan.ingest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import cn.guifan.ingest.metadata.DocumentText;
import cn.guifan.ingest.metadata.ExtractionStage;
import cn.guifan.ingest.metadata.MetadataExtractor;
import cn.guifan.ingest.text.TextExtractor;
import cn.guifan.schemas.document.DocumentMetadata;

/**
 * Runs every metadata stage, directly and in pipeline order, over mutations of real texts
 * (the corpus laws, the seeds, the samples of 青禾县) and records every stage that throws
 * and every stage that takes longer than a limit on one text (a regular expression
 * backtracking without end). Stages are called directly, not through the catch-all of
 * {@link MetadataExtractor}, so a failure is seen, not absorbed. The record is then
 * written as JSON and read back, as the registry keeps it: it must read back the same.
 * <p>
 * Case {@code n} of seed {@code s} is always the same text: a reproducer is the pair.
 */
final class StageFuzzer {

	private static final String[] NAMES = { "a.txt", "a.md", "a.html", "notice.txt", "法.md" };

	private final List<String> texts;

	private final List<ExtractionStage> stages = MetadataExtractor.standard().stages();

	private final long seed;

	private final long slowNanos;

	private volatile String running = "";

	StageFuzzer(List<String> texts, long seed, long slowMillis) {
		this.texts = List.copyOf(texts);
		this.seed = seed;
		this.slowNanos = TimeUnit.MILLISECONDS.toNanos(slowMillis);
	}

	/**
	 * The texts to mutate: every {@code lawStep}-th corpus law, the seeds and the
	 * samples.
	 */
	static List<String> texts(Path corpus, Path samples, int lawStep) throws IOException {
		List<String> texts = new ArrayList<>();
		List<Path> laws;
		try (Stream<Path> walk = Files.walk(corpus.resolve("laws"))) {
			laws = walk.filter((p) -> p.toString().endsWith(".md")).sorted().toList();
		}
		for (int i = 0; i < laws.size(); i += lawStep) {
			texts.add(Files.readString(laws.get(i)));
		}
		try (Stream<Path> seeds = Files.list(corpus.resolve("seeds"))) {
			for (Path p : seeds.filter((p) -> p.toString().endsWith(".txt")).sorted().toList()) {
				texts.add(Files.readString(p));
			}
		}
		TextExtractor tika = new TextExtractor();
		try (Stream<Path> list = Files.list(samples.resolve("qinghe"))) {
			for (Path p : list.filter((p) -> !p.getFileName().toString().startsWith(".")).sorted().toList()) {
				try {
					texts.add(tika.extract(p, p.getFileName().toString()).text());
				}
				catch (Exception ex) {
					throw new IOException("cannot read sample " + p, ex);
				}
			}
		}
		return texts;
	}

	/** The text and file name of case {@code n}. */
	Case generate(long n) {
		SplittableRandom random = new SplittableRandom(this.seed * 0x9E3779B97F4A7C15L + n);
		String base = this.texts.get(random.nextInt(this.texts.size()));
		String text = TextMutations.mutate(base, this.texts, random);
		return new Case(n, text, NAMES[random.nextInt(NAMES.length)]);
	}

	/**
	 * Runs the stages on case {@code n}, as the pipeline would (each stage on what the
	 * earlier ones found; a failed stage's writes dropped).
	 */
	List<Finding> run(Case c) {
		List<Finding> findings = new ArrayList<>();
		DocumentText document = new DocumentText(c.text(), c.fileName());
		DocumentMetadata.Builder metadata = DocumentMetadata.builder("");
		for (ExtractionStage stage : this.stages) {
			String name = stage.getClass().getSimpleName();
			this.running = name;
			DocumentMetadata.Builder before = metadata.copy();
			long start = System.nanoTime();
			try {
				stage.apply(document, metadata);
			}
			catch (RuntimeException | StackOverflowError ex) {
				metadata = before;
				findings.add(new Finding(name, c.number(), ex, 0));
			}
			long took = System.nanoTime() - start;
			if (took > this.slowNanos) {
				findings.add(new Finding(name, c.number(), null, took));
			}
		}
		// The record must still build (its invariants hold); the registry's
		// DocumentJsonTest checks that what builds is written and read back the same.
		this.running = "DocumentMetadata";
		try {
			if (metadata.title().isBlank()) {
				metadata.title("无题");
			}
			metadata.build();
		}
		catch (RuntimeException | StackOverflowError ex) {
			findings.add(new Finding("DocumentMetadata", c.number(), ex, 0));
		}
		this.running = "";
		return findings;
	}

	/**
	 * Runs cases {@code from} to {@code to - 1} on a thread of its own; a case that runs
	 * longer than {@code hang} is reported as a hang and ends the run (the stage cannot
	 * be stopped; its thread is a daemon).
	 */
	Result runAll(long from, long to, long hangSeconds) throws InterruptedException {
		Result result = new Result();
		ExecutorService worker = Executors.newSingleThreadExecutor((r) -> {
			Thread t = new Thread(r, "stage-fuzz");
			t.setDaemon(true);
			return t;
		});
		long started = System.nanoTime();
		try {
			for (long n = from; n < to; n++) {
				long number = n;
				Future<List<Finding>> future = worker.submit(() -> run(generate(number)));
				try {
					result.add(future.get(hangSeconds, TimeUnit.SECONDS));
					result.cases++;
				}
				catch (TimeoutException ex) {
					result.hang = new Finding(this.running, number, null, TimeUnit.SECONDS.toNanos(hangSeconds));
					break;
				}
				catch (ExecutionException ex) {
					// Generating the case failed: a fault of the fuzzer, not of a stage.
					throw new IllegalStateException("case " + number + " of seed " + this.seed, ex.getCause());
				}
			}
		}
		finally {
			worker.shutdownNow();
		}
		result.nanos = System.nanoTime() - started;
		return result;
	}

	long seed() {
		return this.seed;
	}

	List<String> stageNames() {
		return this.stages.stream().map((s) -> s.getClass().getSimpleName()).toList();
	}

	/** One generated text. */
	record Case(long number, String text, String fileName) {
	}

	/**
	 * A stage that threw ({@code error}) or took too long ({@code nanos}) on a case.
	 */
	record Finding(String stage, long caseNumber, Throwable error, long nanos) {

		/** What tells one fault from another: the exception and where it was thrown. */
		String signature() {
			if (this.error == null) {
				return "slow";
			}
			StackTraceElement where = null;
			for (StackTraceElement e : this.error.getStackTrace()) {
				if (e.getClassName().startsWith("cn.guifan")) {
					where = e;
					break;
				}
			}
			return this.error.getClass().getSimpleName()
					+ ((where != null) ? " at " + where.getFileName() + ":" + where.getLineNumber() : "");
		}

		String describe() {
			if (this.error == null) {
				return String.format("took %.0f ms", this.nanos / 1e6);
			}
			String message = String.valueOf(this.error.getMessage());
			return this.error.getClass().getSimpleName() + ": "
					+ ((message.length() > 160) ? message.substring(0, 160) + "…" : message);
		}

	}

	/** What a run found. */
	static final class Result {

		long cases;

		long nanos;

		Finding hang;

		/** Per stage, per signature: the first finding and how many cases had it. */
		final Map<String, Map<String, Tally>> byStage = new LinkedHashMap<>();

		void add(List<Finding> findings) {
			for (Finding f : findings) {
				this.byStage.computeIfAbsent(f.stage(), (k) -> new LinkedHashMap<>())
					.computeIfAbsent(f.signature(), (k) -> new Tally(f)).count++;
			}
		}

		long failures() {
			return this.byStage.values()
				.stream()
				.flatMap((m) -> m.values().stream())
				.filter((t) -> t.first.error() != null)
				.mapToLong((t) -> t.count)
				.sum();
		}

		long slow() {
			return this.byStage.values()
				.stream()
				.flatMap((m) -> m.values().stream())
				.filter((t) -> t.first.error() == null)
				.mapToLong((t) -> t.count)
				.sum();
		}

		boolean clean() {
			return this.byStage.isEmpty() && this.hang == null;
		}

		/** Every distinct fault with its count and a reproducer. */
		List<String> report(long seed) {
			List<String> lines = new ArrayList<>();
			this.byStage.forEach((stage, tallies) -> tallies.forEach(
					(signature, t) -> lines.add(String.format("%s: %s — %d case(s); first: --seed %d --case %d (%s)",
							stage, signature, t.count, seed, t.first.caseNumber(), t.first.describe()))));
			if (this.hang != null) {
				lines.add(String.format("%s: no answer after %.0f s — --seed %d --case %d", this.hang.stage(),
						this.hang.nanos() / 1e9, seed, this.hang.caseNumber()));
			}
			return lines;
		}

	}

	/** How often one fault was met, and its first case. */
	static final class Tally {

		final Finding first;

		long count;

		Tally(Finding first) {
			this.first = first;
		}

	}

}
