package cn.guifan.registry.bench;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import cn.guifan.registry.indexing.IndexEntryLoader;
import cn.guifan.search.index.IndexDefinition;
import cn.guifan.search.analysis.ChineseAnalyzer;
import cn.guifan.search.index.IndexEntry;
import cn.guifan.search.index.IndexSourceBuilder;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A large index for the latency benchmark: the registry's documents and perturbed copies
 * of them, up to a given size, bulk indexed as prepared sources (each original is
 * segmented once; copies are made from its words and characters).
 * <p>
 * A copy of a document: a new id; its title prefixed with one of 40 place names (丰原市,
 * 东川省…) so that titles differ; about 70% of its paragraphs, a few of them swapped; its
 * document number (if any) with another serial; its dates moved by up to 10 years; one of
 * 40 regions; and a status mix close to a real registry's (three in four in force, the
 * others expired, repealed or not yet effective; one in twenty not public).
 */
final class ScaledIndex {

	private static final List<String> PLACES = List.of("丰原市", "东川省", "青禾县", "临川市", "江宁县", "白鹭市", "安平县", "云溪市", "北川县",
			"南塘市", "西河县", "长宁市", "永和县", "清远市", "石门县", "桃源市", "新安县", "宁远市", "平江县", "福安市", "镇海县", "湖口市", "庆阳县", "瑞安市",
			"海城县", "泰和市", "兴化县", "宜春市", "广丰县", "德兴市", "乐平县", "贵溪市", "余江县", "弋阳市", "横峰县", "铅山市", "玉山县", "上饶市", "万年县",
			"鄱阳市");

	private ScaledIndex() {
	}

	/**
	 * Creates {@code index} with the documents' definition and fills it to {@code size}
	 * entries. Returns the number written.
	 */
	static long build(ElasticsearchClient client, BenchRegistry registry, String index, int size, long seed)
			throws Exception {
		ChineseAnalyzer analyzer = new ChineseAnalyzer();
		IndexSourceBuilder builder = new IndexSourceBuilder(analyzer);
		client.indices().delete((d) -> d.index(index).ignoreUnavailable(true));
		client.indices().create((c) -> c.index(index).withJson(new StringReader(IndexDefinition.documentsIndexJson())));
		client.indices().putSettings((p) -> p.index(index).settings((s) -> s.refreshInterval((t) -> t.time("-1"))));
		IndexEntryLoader loader = registry.bean(IndexEntryLoader.class);
		List<Long> ids = registry.bean(JdbcClient.class)
			.sql("SELECT id FROM document ORDER BY id")
			.query(Long.class)
			.list();
		long start = System.nanoTime();
		List<Original> originals = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Original>> futures = new ArrayList<>();
			for (int i = 0; i < ids.size(); i += 100) {
				for (IndexEntry entry : loader.load(ids.subList(i, Math.min(ids.size(), i + 100)))) {
					futures.add(pool.submit(() -> Original.of(entry, builder, analyzer)));
				}
			}
			for (Future<Original> f : futures) {
				originals.add(f.get());
			}
		}
		finally {
			pool.shutdown();
		}
		System.out.printf("  segmented %d originals in %.1f s%n", originals.size(), (System.nanoTime() - start) / 1e9);
		Map<String, List<String>> placeWords = new LinkedHashMap<>();
		for (String place : PLACES) {
			placeWords.put(place, analyzer.words(place));
		}
		Random random = new Random(seed);
		AtomicLong failures = new AtomicLong();
		long written = 0;
		try (BulkIngester<Void> ingester = BulkIngester
			.of((b) -> b.client(client).maxOperations(300).maxConcurrentRequests(2).listener(new Failures(failures)))) {
			for (Original o : originals) {
				Map<String, Object> source = o.source();
				String id = (String) source.get("versionId");
				ingester.add((op) -> op.index((i) -> i.index(index).id(id).document(source)));
				written++;
			}
			for (int copy = 1; written < size; copy++) {
				for (Original o : originals) {
					if (written >= size) {
						break;
					}
					Map<String, Object> source = o.copy(copy, random, placeWords, analyzer);
					String id = (String) source.get("versionId");
					ingester.add((op) -> op.index((i) -> i.index(index).id(id).document(source)));
					written++;
					if (written % 20_000 == 0) {
						System.out.printf("  %d entries sent (%.0f s)%n", written, (System.nanoTime() - start) / 1e9);
					}
				}
			}
		}
		client.indices().putSettings((p) -> p.index(index).settings((s) -> s.refreshInterval((t) -> t.time("1s"))));
		client.indices().refresh((r) -> r.index(index));
		long count = client.count((c) -> c.index(index)).count();
		System.out.printf("  %s: %d entries (%d rejected) in %.1f s%n", index, count, failures.get(),
				(System.nanoTime() - start) / 1e9);
		return count;
	}

	/** An original, segmented once, paragraph by paragraph. */
	private record Original(Map<String, Object> source, List<String> paragraphChars, List<String> paragraphWords,
			List<String> titleWords) {

		static Original of(IndexEntry entry, IndexSourceBuilder builder, ChineseAnalyzer analyzer) {
			IndexEntry withoutBody = new IndexEntry(entry.documentId(), entry.versionNo(), entry.latest(),
					entry.title(), entry.aliases(), entry.docNumberPrinted(), entry.docNumberNormalized(),
					entry.issuers(), entry.kind(), entry.disclosure(), entry.publiclyVisible(), entry.region(),
					entry.topic(), entry.signedDate(), entry.publishedDate(), entry.effectiveDate(), entry.expiryDate(),
					entry.inForceFrom(), entry.inForceUntil(), entry.status(), entry.endReason(),
					entry.partiallyInvalidFrom(), "", entry.sourceSha256());
			Map<String, Object> source = builder.build(withoutBody);
			List<String> chars = new ArrayList<>();
			List<String> words = new ArrayList<>();
			for (String paragraph : entry.body().split("\n")) {
				if (paragraph.isBlank()) {
					continue;
				}
				chars.add(analyzer.normalize(paragraph));
				words.add(analyzer.wordsJoined(paragraph));
			}
			source.put("body", Map.of("chars", String.join("\n", chars), "words", String.join(" ", words)));
			return new Original(source, chars, words, analyzer.words(entry.title()));
		}

		@SuppressWarnings("unchecked")
		Map<String, Object> copy(int n, Random random, Map<String, List<String>> placeWords, ChineseAnalyzer analyzer) {
			Map<String, Object> s = new LinkedHashMap<>(this.source);
			String documentId = "c" + n + "-" + s.get("documentId");
			s.put("documentId", documentId);
			s.put("versionId", documentId + "-v1");
			s.put("latest", true);
			String place = PLACES.get(random.nextInt(PLACES.size()));
			String title = place + ((String) s.get("displayTitle")).replaceFirst("^中华人民共和国", "");
			s.put("displayTitle", title);
			List<String> words = new ArrayList<>(placeWords.get(place));
			words.addAll(this.titleWords);
			s.put("title", Map.of("raw", analyzer.key(title), "words", String.join(" ", words), "chars",
					analyzer.normalize(title)));
			s.put("aliases", Map.of("raw", List.of(), "words", List.of(), "chars", List.of()));
			List<Integer> kept = new ArrayList<>();
			for (int i = 0; i < this.paragraphChars.size(); i++) {
				if (random.nextInt(10) < 7 || i == 0) {
					kept.add(i);
				}
			}
			for (int swap = 0; swap < 3 && kept.size() > 3; swap++) {
				Collections.swap(kept, 1 + random.nextInt(kept.size() - 1), 1 + random.nextInt(kept.size() - 1));
			}
			StringBuilder chars = new StringBuilder();
			StringBuilder bodyWords = new StringBuilder();
			for (int i : kept) {
				chars.append(this.paragraphChars.get(i)).append('\n');
				bodyWords.append(this.paragraphWords.get(i)).append(' ');
			}
			s.put("body", Map.of("chars", chars.toString(), "words", bodyWords.toString()));
			Map<String, Object> number = new LinkedHashMap<>((Map<String, Object>) s.get("docNumber"));
			if (number.get("normalized") != null) {
				String normalized = ((String) number.get("normalized")).replaceFirst("(\\d+)号$",
						(1000 * n + random.nextInt(1000)) + "号");
				number.put("normalized", normalized);
				number.put("printed", normalized);
			}
			s.put("docNumber", number);
			int shift = random.nextInt(14) - 10;
			LocalDate signed = date(s.get("signedDate"));
			LocalDate base = (signed != null) ? signed.plusYears(shift)
					: LocalDate.of(2010 + random.nextInt(16), 1 + random.nextInt(12), 1 + random.nextInt(28));
			s.put("signedDate", base.toString());
			s.put("sortDate", base.toString());
			s.put("year", base.getYear());
			s.put("region", place);
			int status = random.nextInt(100);
			Map<String, Object> inForce = new LinkedHashMap<>();
			inForce.put("gte", base.toString());
			inForce.put("lt", null);
			String endReason = null;
			if (status < 12) {
				inForce.put("lt", base.plusYears(2 + random.nextInt(3)).toString());
				endReason = "EXPIRED";
			}
			else if (status < 20) {
				inForce.put("lt", base.plusYears(1 + random.nextInt(4)).toString());
				endReason = "REPEALED";
			}
			else if (status < 24) {
				inForce.put("gte", LocalDate.now().plusMonths(1 + random.nextInt(12)).toString());
			}
			s.put("inForce", inForce);
			s.put("endReason", endReason);
			s.put("public", random.nextInt(20) != 0);
			return s;
		}

		private static LocalDate date(Object value) {
			return (value instanceof String text && !text.isEmpty()) ? LocalDate.parse(text) : null;
		}

	}

	private record Failures(AtomicLong failures) implements BulkListener<Void> {

		@Override
		public void beforeBulk(long executionId, BulkRequest request, List<Void> contexts) {
		}

		@Override
		public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, BulkResponse response) {
			response.items().stream().filter((i) -> i.error() != null).forEach((i) -> this.failures.incrementAndGet());
		}

		@Override
		public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, Throwable failure) {
			this.failures.addAndGet(contexts.size());
		}

	}

}
