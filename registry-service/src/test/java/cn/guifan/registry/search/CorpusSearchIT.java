package cn.guifan.registry.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import cn.guifan.registry.ingest.IngestReport;
import cn.guifan.registry.ingest.IngestService;
import cn.guifan.search.query.DocumentQuery;
import cn.guifan.registry.support.Corpus;
import cn.guifan.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 300 real laws and regulations from the corpus, ingested and searched: 50 picked at
 * random are found by their exact full title at rank 1, and by a distinctive sentence of
 * their body within the top 3.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusSearchIT extends RegistryIntegrationTest {

	private static final long SEED = 20261122L;

	@Autowired
	IngestService ingest;

	@Autowired
	RegistrySearch search;

	@TempDir
	static Path dir;

	private List<Path> sample;

	@BeforeAll
	void ingestThreeHundredLaws() throws Exception {
		this.sample = Corpus.sampleOfLaws(300, SEED);
		Corpus.linkInto(this.sample, dir);
		IngestReport report = this.ingest.ingest(dir, Duration.ofMinutes(5));
		assertThat(report.completed()).isTrue();
		assertThat(report.counts().stored() + report.counts().merged()).isEqualTo(300);
		assertThat(report.indexPending()).isZero();
	}

	@Test
	void fiftyLawsAreFoundByTheirExactTitleAtRankOne() throws Exception {
		List<String> misses = new ArrayList<>();
		for (Path file : pick(50)) {
			String title = title(file);
			SearchResults response = this.search.search(DocumentQuery.builder(title).size(3).build());
			if (response.hits().isEmpty() || !response.hits().get(0).title().equals(title)) {
				misses.add(title + " → " + response.hits().stream().map(DocumentHit::title).toList());
			}
		}
		assertThat(misses).isEmpty();
	}

	@Test
	void fiftyLawsAreFoundByADistinctiveSentenceInTheTopThree() throws Exception {
		List<String> misses = new ArrayList<>();
		for (Path file : pick(50)) {
			String title = title(file);
			String sentence = distinctiveSentence(file);
			SearchResults response = this.search.search(DocumentQuery.builder(sentence).size(3).build());
			if (response.hits().stream().noneMatch((h) -> h.title().equals(title))) {
				misses.add(title + " ← " + sentence);
			}
		}
		assertThat(misses).isEmpty();
	}

	private List<Path> pick(int count) {
		List<Path> shuffled = new ArrayList<>(this.sample);
		Collections.shuffle(shuffled, new Random(SEED + count));
		return shuffled.subList(0, count);
	}

	private static String title(Path file) throws Exception {
		return Files.readAllLines(file).get(0).replaceFirst("^#\\s*", "").strip();
	}

	/**
	 * A sentence from the middle of the body: long enough to be distinctive, short enough
	 * to fit a search box, cut at Chinese punctuation.
	 */
	private static String distinctiveSentence(Path file) throws Exception {
		String text = Files.readString(file);
		int bodyStart = Math.max(0, text.indexOf("<!-- INFO END -->"));
		String[] sentences = text.substring(bodyStart).split("[。；！？\\n]");
		List<String> candidates = new ArrayList<>();
		for (String s : sentences) {
			String t = s.strip().replaceFirst("^第[一二三四五六七八九十百零〇]+条\\s*", "");
			if (t.length() >= 18 && t.length() <= 60 && !t.startsWith("#") && !t.contains("<!--")) {
				candidates.add(t);
			}
		}
		if (candidates.isEmpty()) {
			return text.substring(bodyStart).replaceAll("\\s+", "").substring(0, 30);
		}
		return candidates.get(candidates.size() / 2);
	}

}
