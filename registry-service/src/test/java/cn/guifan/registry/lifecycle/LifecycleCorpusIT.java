package cn.guifan.registry.lifecycle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.guifan.registry.document.DocumentDetail;
import cn.guifan.registry.document.DocumentQueries;
import cn.guifan.registry.ingest.IngestReport;
import cn.guifan.registry.ingest.IngestService;
import cn.guifan.registry.support.Corpus;
import cn.guifan.registry.support.RegistryIntegrationTest;
import cn.guifan.schemas.lifecycle.DocumentStatus;
import cn.guifan.schemas.lifecycle.LifecycleEventType;
import cn.guifan.schemas.lifecycle.RelationType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lifecycle over the real corpus: the versions of 会计法 and 保守国家秘密法 ordered with the right
 * dates; the text in force before, between and after them; the 刑法修正案 amending 刑法.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LifecycleCorpusIT extends RegistryIntegrationTest {

	@Autowired
	IngestService ingest;

	@Autowired
	DocumentQueries documents;

	@Autowired
	LifecycleStore lifecycle;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	static Path dir;

	@BeforeAll
	void ingestLaws() throws Exception {
		List<Path> files = new ArrayList<>();
		try (var laws = Files.walk(Corpus.laws())) {
			laws.filter((p) -> p.toString().endsWith(".md")).filter((p) -> {
				String name = p.getFileName().toString();
				return name.startsWith("会计法(") || name.startsWith("保守国家秘密法(") || name.startsWith("刑法");
			}).forEach(files::add);
		}
		Corpus.linkInto(files, dir);
		IngestReport report = this.ingest.ingest(dir, Duration.ofMinutes(3));
		assertThat(report.completed()).isTrue();
		assertThat(report.issues()).isEmpty();
	}

	@Test
	void theTwoFilesOfTheAccountingLawAreOneDocumentWithTwoOrderedVersions() {
		DocumentDetail law = law("中华人民共和国会计法");
		assertThat(law.versions()).hasSize(2);
		assertThat(law.versions().get(0).validFrom()).isEqualTo(LocalDate.of(2017, 11, 4));
		assertThat(law.versions().get(1).validFrom()).isEqualTo(LocalDate.of(2024, 6, 28));
		assertThat(law.versions().get(0).statusLabel()).isEqualTo("已修改");
		assertThat(law.versions().get(1).statusLabel()).isEqualTo("现行有效");
		assertThat(law.timeline()).extracting(DocumentDetail.Event::date)
			.contains(LocalDate.of(1985, 1, 21), LocalDate.of(1993, 12, 29), LocalDate.of(1999, 10, 31),
					LocalDate.of(2017, 11, 4), LocalDate.of(2024, 6, 28));
	}

	@Test
	void asOfBeforeBetweenAndAfterTheVersionsGivesTheTextThenInForce() {
		long id = law("中华人民共和国会计法").id();
		DocumentDetail before = this.documents.find(Long.toString(id), false, LocalDate.of(2010, 1, 1));
		assertThat(before.status()).isEqualTo(DocumentStatus.IN_FORCE.name());
		assertThat(before.versionNo()).as("the 1999 text is not in the corpus").isNull();
		DocumentDetail between = this.documents.find(Long.toString(id), false, LocalDate.of(2020, 1, 1));
		assertThat(between.versionNo()).isEqualTo(1);
		assertThat(between.text()).contains("会计帐簿");
		DocumentDetail after = this.documents.find(Long.toString(id), false, LocalDate.of(2025, 1, 1));
		assertThat(after.versionNo()).isEqualTo(2);
		assertThat(after.text()).contains("会计账簿").doesNotContain("会计帐簿");
		DocumentDetail beforeAll = this.documents.find(Long.toString(id), false, LocalDate.of(1980, 1, 1));
		assertThat(beforeAll.status()).isEqualTo(DocumentStatus.NOT_YET_EFFECTIVE.name());
	}

	@Test
	void theStateSecretsLawHasItsTwoVersionsEachFromTheDayItTookEffect() {
		DocumentDetail law = law("中华人民共和国保守国家秘密法");
		assertThat(law.versions()).extracting(DocumentDetail.Version::validFrom)
			.containsExactly(LocalDate.of(2010, 10, 1), LocalDate.of(2024, 5, 1));
		long id = law.id();
		// revised on 2024-02-27, in force from 2024-05-01: the 2010 text still applies in
		// between
		assertThat(this.documents.find(Long.toString(id), false, LocalDate.of(2024, 3, 1)).versionNo()).isEqualTo(1);
		assertThat(this.documents.find(Long.toString(id), false, LocalDate.of(2015, 6, 1)).versionNo()).isEqualTo(1);
		assertThat(this.documents.find(Long.toString(id), false, LocalDate.of(2024, 6, 1)).versionNo()).isEqualTo(2);
	}

	@Test
	void theCriminalLawAmendmentsAmendTheCriminalLaw() {
		long criminalLaw = law("中华人民共和国刑法").id();
		List<LifecycleStore.Relation> amending = this.lifecycle.relationsTo(criminalLaw)
			.stream()
			.filter((r) -> r.type() == RelationType.AMENDS)
			.toList();
		assertThat(amending).hasSizeGreaterThanOrEqualTo(11);
		List<String> amendmentTitles = amending.stream()
			.map((r) -> this.documents.link(r.fromDocumentId()).orElseThrow().title())
			.toList();
		assertThat(amendmentTitles).contains("中华人民共和国刑法修正案（十一）", "中华人民共和国刑法修正案（十二）");
		assertThat(this.lifecycle.events(criminalLaw)).filteredOn((e) -> e.causedByDocumentId() != null)
			.extracting(LifecycleEvent::type)
			.containsOnly(LifecycleEventType.AMENDED);
		assertThat(law("中华人民共和国刑法").status()).isEqualTo(DocumentStatus.IN_FORCE.name());
	}

	private DocumentDetail law(String title) {
		List<Long> ids = this.jdbc.sql("SELECT id FROM document WHERE title = ?").param(title).query(Long.class).list();
		assertThat(ids)
			.as("%s among %s", title, this.jdbc.sql("SELECT id, title FROM document ORDER BY id").query().listOfRows())
			.hasSize(1);
		return this.documents.find(Long.toString(ids.get(0)), false);
	}

}
