package cn.guifan.ingest.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code scripts/benchmark fuzz [--cases N] [--seed S] [--from N] [--case N] [--laws-every K]
 * [--slow-ms MS] [--hang-s S]}: runs the metadata stages over N mutated texts (see
 * {@link StageFuzzer}) and prints the cases run, the time, and every stage failure and
 * slow case with its reproducer. {@code --case N} reruns one case, prints what each stage
 * did and writes its text to {@code target/fuzz/}. Exits 1 when anything was found.
 */
public final class FuzzBenchmark {

	private FuzzBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		long seed = Long.parseLong(options.getOrDefault("seed", Long.toString(System.currentTimeMillis() % 100_000)));
		long cases = Long.parseLong(options.getOrDefault("cases", "20000"));
		long from = Long.parseLong(options.getOrDefault("from", "0"));
		int lawsEvery = Integer.parseInt(options.getOrDefault("laws-every", "1"));
		long slowMillis = Long.parseLong(options.getOrDefault("slow-ms", "1000"));
		long hangSeconds = Long.parseLong(options.getOrDefault("hang-s", "60"));
		long loading = System.nanoTime();
		List<String> texts = StageFuzzer.texts(ExtractionAccuracy.corpus(), ExtractionAccuracy.samples(), lawsEvery);
		StageFuzzer fuzzer = new StageFuzzer(texts, seed, slowMillis);
		System.out.printf("Stage fuzz: seed %d, %d texts to mutate (loaded in %.1f s), %d stages%n", seed, texts.size(),
				(System.nanoTime() - loading) / 1e9, fuzzer.stageNames().size());
		if (options.containsKey("case")) {
			reproduce(fuzzer, Long.parseLong(options.get("case")));
			return;
		}
		StageFuzzer.Result result = fuzzer.runAll(from, from + cases, hangSeconds);
		System.out.printf("Cases run: %d (%d to %d)%n", result.cases, from, from + result.cases - 1);
		System.out.printf("Time: %.1f s (%.2f ms a case)%n", result.nanos / 1e9,
				result.nanos / 1e6 / Math.max(1, result.cases));
		System.out.printf("Stage failures: %d; cases slower than %d ms in a stage: %d%s%n", result.failures(),
				slowMillis, result.slow(), (result.hang != null) ? "; one case did not finish" : "");
		for (String line : result.report(seed)) {
			System.out.println("  " + line);
		}
		if (!result.clean()) {
			System.out.println("Reproduce one: scripts/benchmark fuzz --seed " + seed + " --case N");
			System.exit(1);
		}
		// A hung stage's thread would keep the JVM running: exit explicitly.
		System.exit(0);
	}

	private static void reproduce(StageFuzzer fuzzer, long number) throws Exception {
		StageFuzzer.Case c = fuzzer.generate(number);
		Path out = Path.of("target", "fuzz", "seed-" + fuzzer.seed() + "-case-" + number + ".txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, c.text(), StandardCharsets.UTF_8);
		System.out.printf("Case %d: %d characters, read as %s; text written to %s%n", number, c.text().length(),
				c.fileName(), out.toAbsolutePath());
		List<StageFuzzer.Finding> findings = fuzzer.run(c);
		if (findings.isEmpty()) {
			System.out.println("No stage failed.");
		}
		for (StageFuzzer.Finding f : findings) {
			System.out.println(f.stage() + ": " + f.describe());
			if (f.error() != null) {
				f.error().printStackTrace(System.out);
			}
		}
		System.exit(findings.isEmpty() ? 0 : 1);
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException(
						"usage: scripts/benchmark fuzz [--cases N] [--seed S] [--from N] [--case N] [--laws-every K] [--slow-ms MS] [--hang-s S]");
			}
			options.put(args[i].substring(2), args[i + 1]);
		}
		return options;
	}

}
