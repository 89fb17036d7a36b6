package cn.guifan.registry.lifecycle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.guifan.registry.catalog.DocumentDetail;
import cn.guifan.registry.catalog.DocumentDetails;
import cn.guifan.registry.ingest.IngestReport;
import cn.guifan.registry.ingest.IngestService;
import cn.guifan.registry.support.Corpus;
import cn.guifan.registry.support.RegistryIntegrationTest;
import cn.guifan.schemas.lifecycle.DocumentStatus;
import cn.guifan.schemas.lifecycle.LifecycleEventType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole law corpus ingested, and for every file the registry's answer to "is this
 * text in force today?" set against the manifest's {@code expired} flag (the source's own
 * marking). The texts alone cannot show most expired files to be expired (a law repealed
 * by a decision outside the corpus reads like any other), and the manifest lags the
 * corpus (it still lists laws the corpus's newer laws repealed). So: the registry catches
 * what the corpus shows (older versions, documents repealed by name), and every text it
 * shows out of force against the manifest was repealed by a later document in the
 * registry.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManifestStatusIT extends RegistryIntegrationTest {

	@Autowired
	IngestService ingest;

	@Autowired
	DocumentDetails documents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Timelines lifecycle;

	@Autowired
	cn.guifan.registry.document.Documents registry;

	@TempDir
	static Path dir;

	private final List<Row> rows = new ArrayList<>();

	@BeforeAll
	void ingestTheWholeCorpus() throws Exception {
		Corpus.linkInto(Corpus.lawFiles(), dir);
		IngestReport report = this.ingest.ingest(dir, Duration.ofMinutes(15));
		assertThat(report.completed()).as("%s", report).isTrue();
		Map<String, Long> documentOf = new HashMap<>();
		Map<String, Long> versionOf = new HashMap<>();
		this.jdbc
			.sql("SELECT s.file_name, s.document_id, v.version_no FROM document_source s "
					+ "LEFT JOIN document_version v ON v.id = s.version_id")
			.query((rs) -> {
				String name = rs.getString(1).replace('\\', '/');
				documentOf.put(name, rs.getLong(2));
				versionOf.put(name, rs.getLong(3));
			});
		JsonMapper json = JsonMapper.builder().build();
		for (String line : Files.readAllLines(Corpus.laws().resolve("manifest.jsonl"))) {
			JsonNode entry = json.readTree(line);
			String path = entry.get("path").asString();
			Long document = find(documentOf, path);
			if (document == null) {
				continue;
			}
			DocumentDetail detail = this.documents.find(Long.toString(document), true);
			boolean currentText = DocumentStatus.IN_FORCE.name().equals(detail.status()) && detail.versionNo() != null
					&& detail.versionNo().longValue() == find(versionOf, path);
			boolean latestVersion = detail.versions().size() == find(versionOf, path);
			this.rows
				.add(new Row(path, document, entry.path("level").asString("?"), entry.path("expired").asBoolean(false),
						currentText, latestVersion, detail.status(), detail.statusReason()));
		}
	}

	@Test
	void everyFileOfTheManifestIsInTheRegistry() {
		assertThat(this.rows).hasSizeGreaterThanOrEqualTo(3400);
	}

	/**
	 * The manifest is a snapshot and lags: 印花税暂行条例 is "in force" there, though the 印花税法
	 * in the corpus repealed it on 2022-07-01. Where the registry disagrees, it must be
	 * because a later document in the registry repealed the text, never an earlier one.
	 */
	@Test
	void aTextTheSourceCallsInForceIsOutOfForceOnlyWhenALaterDocumentRepealedIt() {
		List<String> unexplained = new ArrayList<>();
		long disagreements = 0;
		for (Row r : this.rows) {
			if (r.expired() || !r.latestVersion() || r.currentText()) {
				continue;
			}
			disagreements++;
			long id = r.documentId();
			LocalDate made = this.lifecycle.earliestDate(id).orElse(null);
			List<LifecycleEvent> repeals = this.lifecycle.timeline(id)
				.events()
				.stream()
				.filter((e) -> e.type() == LifecycleEventType.REPEALED && e.causedByDocumentId() != null)
				.toList();
			boolean explained = !repeals.isEmpty() && repeals.stream().allMatch((e) -> {
				LocalDate by = this.registry.summary(e.causedByDocumentId())
					.map((m) -> (m.effectiveDate() != null) ? m.effectiveDate() : m.decided())
					.orElse(null);
				return made == null || by == null || !by.isBefore(made);
			});
			if (!explained) {
				unexplained.add(r.path() + " → " + r.status() + "（" + r.reason() + "）");
			}
		}
		long inForce = this.rows.stream().filter((r) -> !r.expired() && r.latestVersion()).count();
		assertThat(unexplained).as("of %d texts in force by the manifest", inForce).isEmpty();
		assertThat(disagreements).as("texts in force by the manifest that the registry shows repealed")
			.isLessThan(inForce / 50);
	}

	@Test
	void aLawIsNotRepealedByAnOlderLawThatRepealedItsNamesake() {
		for (String path : List.of("宪法相关法/国家安全法(2015-07-01).md", "司法解释/人民检察院刑事诉讼规则(2019-12-02).md")) {
			Row row = this.rows.stream().filter((r) -> r.path().equals(path)).findFirst().orElseThrow();
			assertThat(row.status()).as(path).isEqualTo(DocumentStatus.IN_FORCE.name());
		}
	}

	@Test
	void everyExpiredOlderVersionIsNotTheCurrentText() {
		List<String> missed = this.rows.stream()
			.filter((r) -> r.expired() && !r.latestVersion() && r.currentText())
			.map(Row::path)
			.toList();
		assertThat(missed).isEmpty();
		assertThat(this.rows.stream().filter((r) -> r.expired() && !r.latestVersion()).count())
			.isGreaterThanOrEqualTo(15);
	}

	@Test
	void expiredDocumentsRepealedByNameInTheCorpusAreRepealed() {
		List<String> repealedByName = List.of("地方性法规/北京/北京市反不正当竞争条例.md", "地方性法规/北京/北京市社会治安综合治理条例.md",
				"地方性法规/北京/北京市邮政通信条例.md");
		for (String path : repealedByName) {
			Row row = this.rows.stream().filter((r) -> r.path().equals(path)).findFirst().orElseThrow();
			assertThat(row.expired()).isTrue();
			assertThat(row.status()).as(path).isEqualTo(DocumentStatus.REPEALED.name());
		}
	}

	@Test
	void agreementWithTheManifestIsReported() {
		Map<String, int[]> byLevel = new TreeMap<>();
		for (Row r : this.rows) {
			int[] c = byLevel.computeIfAbsent(r.level(), (k) -> new int[4]);
			c[(r.expired() ? 2 : 0) + (r.currentText() ? 0 : 1)]++;
		}
		StringBuilder report = new StringBuilder("level\tin force: current/out\texpired: current/out\n");
		int caught = 0;
		int expired = 0;
		for (Map.Entry<String, int[]> e : byLevel.entrySet()) {
			int[] c = e.getValue();
			report.append(e.getKey())
				.append('\t')
				.append(c[0])
				.append('/')
				.append(c[1])
				.append('\t')
				.append(c[2])
				.append('/')
				.append(c[3])
				.append('\n');
			caught += c[3];
			expired += c[2] + c[3];
		}
		report.append("expired files the registry shows out of force: ")
			.append(caught)
			.append(" of ")
			.append(expired)
			.append('\n');
		System.out.print(report);
		// what the corpus itself shows: 24 older versions and about 20 repealed by name
		assertThat(caught).as(report.toString()).isGreaterThanOrEqualTo(35);
	}

	private static <T> T find(Map<String, T> byName, String path) {
		T exact = byName.get(path);
		if (exact != null) {
			return exact;
		}
		for (Map.Entry<String, T> e : byName.entrySet()) {
			if (e.getKey().endsWith("/" + path) || e.getKey().endsWith(path)) {
				return e.getValue();
			}
		}
		return null;
	}

	private record Row(String path, long documentId, String level, boolean expired, boolean currentText,
			boolean latestVersion, String status, String reason) {
	}

}
