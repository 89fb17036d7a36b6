package cn.guifan.registry.bench;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import cn.guifan.registry.indexing.IndexEntryLoader;
import cn.guifan.registry.search.DocumentHit;
import cn.guifan.registry.search.RegistrySearch;
import cn.guifan.search.query.DocumentQuery;
import cn.guifan.registry.search.SearchResults;
import cn.guifan.search.client.ClusterSettings;
import cn.guifan.search.client.SearchClient;
import cn.guifan.search.index.IndexEntry;
import cn.guifan.search.query.InvalidSearchException;
import cn.guifan.search.query.StatusFilter;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The relevance benchmark: known-item queries generated from the corpus (see
 * {@link KnownItemQueries}) run against Guifan's search and, in the same run, against a
 * baseline index of the same documents that uses only the {@code standard} analyzer and a
 * plain {@code multi_match} on title, doc number and body, the setup a team would build
 * in a day. Prints success@1 and MRR@10 for both, per query type.
 * <p>
 * Run with {@code scripts/benchmark relevance [--per-type N] [--seed S] [--queries FILE]
 * [--data DIR] [--fresh] [--misses N]}. The generated queries are written to a file whose
 * path is printed; {@code --queries} runs a file in the same format instead (queries
 * written by someone else).
 */
public final class RelevanceBenchmark {

	static final long DEFAULT_SEED = 20261122L;

	private static final String BASELINE_INDEX = "bench-baseline-standard";

	private RelevanceBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int perType = Options.intOption(args, "--per-type", 200);
		long seed = Options.longOption(args, "--seed", DEFAULT_SEED);
		int showMisses = Options.intOption(args, "--misses", 0);
		Path data = Path.of(Options.stringOption(args, "--data", "target/bench/relevance")).toAbsolutePath();
		String queriesFile = Options.stringOption(args, "--queries", "");
		boolean withBaseline = !Options.stringOption(args, "--only", "").equals("guifan");
		if (Options.flag(args, "--fresh")) {
			Options.deleteTree(data);
		}
		try (BenchRegistry registry = BenchRegistry.open(data, false, 512)) {
			List<KnownItemQueries.KnownItem> queries;
			if (queriesFile.isEmpty()) {
				long start = System.nanoTime();
				queries = KnownItemQueries.generate(KnownItemQueries.works(), perType, seed);
				Path file = data.resolve("relevance-queries-seed" + seed + ".tsv");
				KnownItemQueries.write(queries, file);
				System.out.printf("Generated %d queries (seed %d, %.1f s): %s%n", queries.size(), seed,
						(System.nanoTime() - start) / 1e9, file);
			}
			else {
				queries = KnownItemQueries.readQueries(Path.of(queriesFile));
				System.out.printf("Read %d queries from %s%n", queries.size(), Path.of(queriesFile).toAbsolutePath());
			}
			Map<String, String> documents = registry.documentsByFile();
			try (SearchClient client = SearchClient.connect(ClusterSettings.local(registry.node().httpUri()))) {
				if (withBaseline) {
					buildBaseline(client.client(), registry);
				}
				RegistrySearch guifan = registry.bean(RegistrySearch.class);
				Scores guifanScores = new Scores();
				Scores baselineScores = new Scores();
				int notInForce = 0;
				for (KnownItemQueries.KnownItem item : queries) {
					Set<String> relevant = relevant(item, documents);
					if (relevant.isEmpty()) {
						System.out.println("  no document in the registry for " + item.targets() + " (skipped)");
						continue;
					}
					Outcome g = guifan(guifan, item.query(), relevant);
					notInForce += g.retriedWithAllStatuses() ? 1 : 0;
					guifanScores.add(item, g.rank(), g.top());
					baselineScores.add(item, withBaseline ? baseline(client.client(), item.query(), relevant) : 0, "");
				}
				print(guifanScores, baselineScores, notInForce);
				if (showMisses > 0) {
					guifanScores.printMisses(showMisses);
				}
			}
		}
	}

	/**
	 * The registry documents of a query's target files (one work, perhaps several
	 * versions).
	 */
	private static Set<String> relevant(KnownItemQueries.KnownItem item, Map<String, String> documents) {
		Set<String> ids = new HashSet<>();
		for (String file : item.targets()) {
			String id = documents.get(file);
			if (id != null) {
				ids.add(id);
			}
		}
		return ids;
	}

	/**
	 * Guifan's default search (public, in force today, by relevance). A target that is
	 * not in force today is searched again with all statuses, the one click a user would
	 * make.
	 */
	private static Outcome guifan(RegistrySearch search, String query, Set<String> relevant) {
		try {
			SearchResults response = search.search(DocumentQuery.of(query));
			int rank = rank(response.hits(), relevant, DocumentHit::id);
			String top = response.hits().isEmpty() ? "(nothing)" : response.hits().get(0).title();
			if (rank == 0 && response.help() != null && response.help().withAllStatuses() != null
					&& response.help().withAllStatuses() > 0) {
				DocumentQuery all = DocumentQuery.builder(query).statuses(StatusFilter.all()).build();
				int again = rank(search.search(all).hits(), relevant, DocumentHit::id);
				if (again > 0) {
					return new Outcome(again, true, top);
				}
			}
			return new Outcome(rank, false, top);
		}
		catch (InvalidSearchException ex) {
			return new Outcome(0, false, ex.getMessage());
		}
	}

	private static int baseline(ElasticsearchClient client, String query, Set<String> relevant) throws Exception {
		var response = client.search((s) -> s.index(BASELINE_INDEX)
			.size(10)
			.query((q) -> q.multiMatch((m) -> m.query(query).fields("title^2", "docNumber^2", "body")))
			.source((src) -> src.fetch(false)), Void.class);
		return rank(response.hits().hits(), relevant, Hit::id);
	}

	private static <T> int rank(List<T> hits, Set<String> relevant, Function<T, String> id) {
		for (int i = 0; i < Math.min(10, hits.size()); i++) {
			if (relevant.contains(id.apply(hits.get(i)))) {
				return i + 1;
			}
		}
		return 0;
	}

	/**
	 * The baseline: the same documents (title, doc number as printed, body as the
	 * registry holds them), one text field each with the standard analyzer.
	 */
	private static void buildBaseline(ElasticsearchClient client, BenchRegistry registry) throws Exception {
		client.indices().delete((d) -> d.index(BASELINE_INDEX).ignoreUnavailable(true));
		client.indices().create((c) -> c.index(BASELINE_INDEX).withJson(new StringReader("""
				{"settings": {"number_of_shards": 1, "number_of_replicas": 0},
				 "mappings": {"properties": {
				   "title": {"type": "text", "analyzer": "standard"},
				   "docNumber": {"type": "text", "analyzer": "standard"},
				   "body": {"type": "text", "analyzer": "standard"}}}}
				""")));
		IndexEntryLoader loader = registry.bean(IndexEntryLoader.class);
		List<Long> ids = registry.bean(JdbcClient.class)
			.sql("SELECT id FROM document ORDER BY id")
			.query(Long.class)
			.list();
		long start = System.nanoTime();
		for (int i = 0; i < ids.size(); i += 200) {
			List<IndexEntry> entries = loader.load(ids.subList(i, Math.min(ids.size(), i + 200)));
			BulkRequest.Builder bulk = new BulkRequest.Builder();
			for (IndexEntry e : entries) {
				if (!e.latest()) {
					continue;
				}
				Map<String, Object> source = new LinkedHashMap<>();
				source.put("title", e.title());
				source.put("docNumber", e.docNumberPrinted());
				source.put("body", e.body());
				bulk.operations((op) -> op.index((x) -> x.index(BASELINE_INDEX).id(e.documentId()).document(source)));
			}
			var response = client.bulk(bulk.build());
			if (response.errors()) {
				throw new IllegalStateException("baseline bulk failed: " + response.items()
					.stream()
					.filter((item) -> item.error() != null)
					.findFirst()
					.map((item) -> item.error().reason())
					.orElse("?"));
			}
		}
		client.indices().refresh((r) -> r.index(BASELINE_INDEX));
		System.out.printf("Baseline index %s: %d documents (%.1f s)%n", BASELINE_INDEX,
				client.count((c) -> c.index(BASELINE_INDEX)).count(), (System.nanoTime() - start) / 1e9);
	}

	private static void print(Scores guifan, Scores baseline, int notInForce) {
		System.out.println();
		System.out.println(
				"| query type | queries | Guifan success@1 | Guifan MRR@10 | baseline success@1 | baseline MRR@10 |");
		System.out.println("|---|---|---|---|---|---|");
		List<String> types = new ArrayList<>(KnownItemQueries.TYPES);
		guifan.types().stream().filter((t) -> !types.contains(t)).forEach(types::add);
		for (String type : types) {
			if (guifan.count(type) == 0) {
				continue;
			}
			System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n", type, guifan.count(type),
					guifan.successAt1(type), guifan.mrr(type), baseline.successAt1(type), baseline.mrr(type));
		}
		System.out.printf(Locale.ROOT, "| **all** | %d | **%.3f** | **%.3f** | %.3f | %.3f |%n", guifan.count(null),
				guifan.successAt1(null), guifan.mrr(null), baseline.successAt1(null), baseline.mrr(null));
		System.out.printf(Locale.ROOT,
				"success@1: Guifan %.3f (target ≥ 0.90), baseline %.3f, difference %+.3f (target ≥ +0.15)%n",
				guifan.successAt1(null), baseline.successAt1(null),
				guifan.successAt1(null) - baseline.successAt1(null));
		if (notInForce > 0) {
			System.out.printf("%d targets were not in force today and were found with all statuses (one click)%n",
					notInForce);
		}
	}

	private record Outcome(int rank, boolean retriedWithAllStatuses, String top) {
	}

	/** Ranks per query, by type. */
	private static final class Scores {

		private final List<KnownItemQueries.KnownItem> items = new ArrayList<>();

		private final List<Integer> ranks = new ArrayList<>();

		private final List<String> tops = new ArrayList<>();

		void add(KnownItemQueries.KnownItem item, int rank, String top) {
			this.items.add(item);
			this.ranks.add(rank);
			this.tops.add(top);
		}

		Set<String> types() {
			Set<String> types = new java.util.LinkedHashSet<>();
			this.items.forEach((i) -> types.add(i.type()));
			return types;
		}

		int count(String type) {
			return (int) indices(type).count();
		}

		double successAt1(String type) {
			return indices(type).filter((i) -> this.ranks.get(i) == 1).count() / (double) Math.max(1, count(type));
		}

		double mrr(String type) {
			return indices(type).mapToDouble((i) -> (this.ranks.get(i) > 0) ? 1.0 / this.ranks.get(i) : 0).sum()
					/ Math.max(1, count(type));
		}

		private Stream<Integer> indices(String type) {
			return Stream.iterate(0, (i) -> i + 1)
				.limit(this.items.size())
				.filter((i) -> type == null || this.items.get(i).type().equals(type));
		}

		void printMisses(int perType) {
			System.out.println();
			System.out.println("Guifan misses (rank 0 = not in the top 10):");
			for (String type : types()) {
				indices(type).filter((i) -> this.ranks.get(i) != 1)
					.limit(perType)
					.sorted(Comparator.naturalOrder())
					.forEach((i) -> System.out.printf("  %-14s rank %2d  %s  → %s  (first: %s)%n", type,
							this.ranks.get(i), this.items.get(i).query(), this.items.get(i).targets(),
							this.tops.get(i)));
			}
		}

	}

}
