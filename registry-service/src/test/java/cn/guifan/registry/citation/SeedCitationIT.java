package cn.guifan.registry.citation;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.registry.ingest.IngestReport;
import cn.guifan.registry.ingest.IngestService;
import cn.guifan.registry.support.Corpus;
import cn.guifan.registry.support.Http;
import cn.guifan.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five real seed notices checked as drafts through the API, against a registry that
 * holds the 政府信息公开条例 from the corpus and nothing else they cite: every 《》 citation of
 * each notice is listed, in text order, with the verdict the registry's contents give —
 * the 条例 under its full and its short name may be cited, the 2020 工作要点 printed with a
 * 2010 number is flagged, the rest is not in the registry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedCitationIT extends RegistryIntegrationTest {

	/** A citation as a reader sees it: 《…》 with nested 〈〉 or 《》 inside. */
	private static final Pattern CITATION = Pattern.compile("《([^《》]*(?:《[^《》]*》[^《》]*)*)》");

	@Autowired
	IngestService ingest;

	@LocalServerPort
	int port;

	@TempDir
	static Path dir;

	private Http http;

	private final Map<String, JsonNode> results = new LinkedHashMap<>();

	@BeforeAll
	void checkEverySeed() throws Exception {
		Corpus.linkInto(List.of(Corpus.laws().resolve("行政法规/政府信息公开条例(2019-04-03).md")), dir);
		IngestReport report = this.ingest.ingest(dir, Duration.ofMinutes(2));
		assertThat(report.completed()).isTrue();
		this.http = new Http(this.port);
		JsonMapper json = JsonMapper.builder().build();
		try (var seeds = Files.list(Corpus.seeds())) {
			for (Path seed : seeds.filter((p) -> p.toString().endsWith(".txt")).sorted().toList()) {
				String text = Files.readString(seed, StandardCharsets.UTF_8);
				String body = json.writeValueAsString(Map.of("text", text, "date", "2020-06-30"));
				HttpResponse<String> response = this.http.send("POST", "/api/v1/citation-check", body, null, null);
				assertThat(response.statusCode()).as(seed.getFileName().toString()).isEqualTo(200);
				this.results.put(seed.getFileName().toString(), this.http.json(response));
			}
		}
		assertThat(this.results).hasSize(5);
	}

	/** Hand-labelled: each notice's citations in text order, with the verdict due. */
	private static final Map<String, List<String>> EXPECTED = Map.of(
			"000_5cba27c7798019c4.txt", List.of("NOT_IN_REGISTRY 国务院办公厅关于印发2020年政务公开工作要点的通知", "OK 政府信息公开条例",
					"OK 政府信息公开条例", "OK 政府信息公开条例", "NOT_IN_REGISTRY 濮阳市人民政府办公室关于进一步规范政府信息公开申请办理工作的通知"),
			"001_fddb58b90d026332.txt",
			List.of("OK 中华人民共和国政府信息公开条例", "NOT_IN_REGISTRY 山东省人民政府办公厅关于印发2020年山东省政务公开工作要点的通知",
					"NOT_IN_REGISTRY 聊城市人民政府办公室关于印发2020年聊城市政务公开工作要点的通知", "OK 中华人民共和国政府信息公开条例",
					"NOT_IN_REGISTRY 冠县全面推进基层政务公开标准化规范化工作实施方案", "NOT_IN_REGISTRY 国务院办公厅政府信息与政务公开办公室关于规范政府信息公开平台有关事项的通知",
					"NOT_IN_REGISTRY 国务院办公厅政府信息与政务公开办公室关于转发〈江苏省政府信息公开申请办理答复规范〉的函", "OK 中华人民共和国政府信息公开条例",
					"NOT_IN_REGISTRY 政府信息公开申请表", "NOT_IN_REGISTRY 冠县推进基层政务公开体验区建设模板",
					"NOT_IN_REGISTRY 中共中央办公厅国务院办公厅关于全面推进政务公开工作的意见", "OK 中华人民共和国政府信息公开条例"),
			"002_fd3a1a4354073a99.txt",
			List.of("NOT_IN_REGISTRY 国务院办公厅关于印发2020年政务公开工作要点的通知",
					"NUMBER_TITLE_MISMATCH 辽宁省政务公开领导小组关于印发2020年政务公开工作要点的通知"),
			"003_7c7f567db9f3d8bd.txt", List.of(), "004_7360b67819d7dd6e.txt",
			List.of("NOT_IN_REGISTRY 泉州市鲤城区人民政府办公室关于印发鲤城区开展基层政务公开标准化规范化工作实施细则的通知",
					"NOT_IN_REGISTRY 泉州市鲤城区人民政府办公室关于印发鲤城区主动公开政府信息处理流程细则等6项政务公开规范流程及制度的通知", "OK 中华人民共和国政府信息公开条例",
					"NOT_IN_REGISTRY 政府工作报告"));

	@Test
	void everyCitationOfEveryNoticeIsListedInTextOrderWithTheVerdictTheRegistryGives() {
		for (Map.Entry<String, JsonNode> e : this.results.entrySet()) {
			List<String> listed = new ArrayList<>();
			int previous = -1;
			for (JsonNode finding : e.getValue().get("findings")) {
				listed.add(finding.get("verdict").asString() + " " + finding.get("title").asString());
				assertThat(finding.get("start").asInt()).as(e.getKey()).isGreaterThan(previous);
				previous = finding.get("start").asInt();
				assertThat(finding.get("message").asString()).isNotBlank();
			}
			assertThat(listed).as(e.getKey()).containsExactlyElementsOf(EXPECTED.get(e.getKey()));
		}
	}

	/**
	 * What a notice issues or forwards (现将《…》印发给你们) and its own attachments (《…》（详见附件）)
	 * are its content, not citations; every other 《》 is listed.
	 */
	@Test
	void onlyWhatTheNoticeIssuesOrAttachesIsLeftOut() throws Exception {
		for (Map.Entry<String, JsonNode> e : this.results.entrySet()) {
			String text = Files.readString(Corpus.seeds().resolve(e.getKey()), StandardCharsets.UTF_8);
			List<Integer> listedStarts = new ArrayList<>();
			e.getValue().get("findings").forEach((f) -> listedStarts.add(f.get("start").asInt()));
			Matcher m = CITATION.matcher(text);
			while (m.find()) {
				int at = m.start();
				if (listedStarts.stream().anyMatch((s) -> Math.abs(s - at) <= 1)) {
					continue;
				}
				String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
				assertThat(after).as("%s: 《%s》 is not listed", e.getKey(), m.group(1))
					.containsAnyOf("印发给", "转发给", "附件");
			}
		}
	}

	@Test
	void theMistypedNumberIsExplained() {
		JsonNode finding = this.results.get("002_fd3a1a4354073a99.txt").get("findings").get(1);
		assertThat(finding.get("docNumber").asString()).isEqualTo("辽政公领发〔2010〕1号");
		assertThat(finding.get("message").asString()).contains("2020", "2010");
	}

}
