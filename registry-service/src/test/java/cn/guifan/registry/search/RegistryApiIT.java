package cn.guifan.registry.search;

import java.net.http.HttpResponse;
import java.time.Duration;

import cn.guifan.registry.support.SampleFixture;
import cn.guifan.registry.support.Http;
import cn.guifan.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a member of the public does over HTTP, against the real application with the
 * bundled sample documents loaded: search, open a document, download its original file;
 * and what they get when they ask for something wrong.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryApiIT extends RegistryIntegrationTest {

	@Autowired
	SampleFixture samples;

	@LocalServerPort
	int port;

	Http http;

	@BeforeAll
	void loadSamples() throws Exception {
		assertThat(this.samples.load().counts().stored()).isGreaterThanOrEqualTo(20);
		this.http = new Http(this.port);
	}

	@Test
	void searchFindsASampleByItsSubjectWithHighlightedSnippet() {
		HttpResponse<String> response = this.http.get("/api/v1/documents?q=" + Http.encode("占道经营"));
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = this.http.json(response);
		assertThat(body.get("total").asLong()).isPositive();
		JsonNode first = body.get("hits").get(0);
		assertThat(first.get("title").asString()).contains("占道经营");
		assertThat(first.get("snippet").asString()).contains("<em>");
		assertThat(first.get("url").asString()).startsWith("/documents/");
		assertThat(first.get("statusLabel").asString()).isNotBlank();
	}

	@Test
	void aDocNumberTypedAnyWayFindsItsDocument() {
		for (String typed : new String[] { "青政办〔2019〕8号", "青政办[2019]8号", "青政办(2019)8号", "青政办2019 8号" }) {
			JsonNode body = this.http.json(this.http.get("/api/v1/documents?status=all&q=" + Http.encode(typed)));
			assertThat(body.get("hits").get(0).get("docNumber").asString()).as(typed).isEqualTo("青政办〔2019〕8号");
		}
	}

	@Test
	void aDocumentHasItsMetadataTextAndADownloadableOriginal() {
		JsonNode hit = this.http.json(this.http.get("/api/v1/documents?status=all&q=" + Http.encode("青政办〔2019〕8号")))
			.get("hits")
			.get(0);
		String id = hit.get("id").asString();
		JsonNode document = this.http.json(this.http.get("/api/v1/documents/" + id));
		assertThat(document.get("docNumberNormalized").asString()).isEqualTo("青政办〔2019〕8号");
		assertThat(document.get("issuers").get(0).asString()).isEqualTo("青禾县人民政府办公室");
		assertThat(document.get("text").asString()).contains("第一条");
		JsonNode source = document.get("sources").get(0);
		HttpResponse<byte[]> file = this.http
			.getBytes("/api/v1/documents/" + id + "/files/" + source.get("sha256").asString());
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat((long) file.body().length).isEqualTo(source.get("size").asLong());
		assertThat(file.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((v) -> assertThat(v).contains("attachment"));
	}

	@Test
	void documentsThatAreNotPublicAreNeitherFoundNorShown() {
		JsonNode body = this.http.json(this.http.get("/api/v1/documents?q=" + Http.encode("青政字〔2022〕31号")));
		for (JsonNode hit : body.get("hits")) {
			assertThat(hit.get("docNumber").asString("")).isNotEqualTo("青政字〔2022〕31号");
		}
	}

	/**
	 * The two samples that are not public (依申请公开 青政字〔2022〕31号, 不予公开 青政办明电〔2024〕6号),
	 * looked for by their number and their title, with every status: not a hit, not
	 * counted in any facet, not suggested.
	 */
	@Test
	void documentsThatAreNotPublicAreNotCountedOrSuggested() {
		for (String[] sample : new String[][] { { "青政字〔2022〕31号", "青禾县人民政府关于同意《青禾县城区临时占道经营疏导点设置方案》的批复" },
				{ "青政办明电〔2024〕6号", "青禾县人民政府办公室关于召开全县行政规范性文件清理工作推进会议的通知" } }) {
			for (String q : sample) {
				JsonNode body = this.http
					.json(this.http.get("/api/v1/documents?status=all&size=50&q=" + Http.encode(q)));
				assertThat(body.get("hits")).as(q)
					.noneSatisfy((h) -> assertThat(h.get("docNumber").asString("")).isEqualTo(sample[0]));
				long total = body.get("total").asLong();
				// One status and one kind per document: their counts add up to the hits.
				for (String facet : new String[] { "status", "kind" }) {
					long counted = 0;
					for (JsonNode bucket : body.get("facets").get(facet)) {
						counted += bucket.get("count").asLong();
					}
					assertThat(counted).as("%s: the %s facet counts the hits and nothing else", q, facet)
						.isEqualTo(total);
				}
				// Several issuers, or no year, per document: no count above the hits.
				for (String facet : new String[] { "issuer", "year" }) {
					for (JsonNode bucket : body.get("facets").get(facet)) {
						assertThat(bucket.get("count").asLong()).as("%s: %s %s", q, facet, bucket.get("value"))
							.isLessThanOrEqualTo(total);
					}
				}
				assertThat(body.get("total").asLong()).as(q).isEqualTo(body.get("hits").size());
			}
			JsonNode suggested = this.http
				.json(this.http.get("/api/v1/documents/suggestions?q=" + Http.encode(sample[1].substring(0, 10))));
			assertThat(suggested).noneSatisfy((s) -> assertThat(s.get("title").asString()).isEqualTo(sample[1]));
		}
	}

	@Test
	void badRequestsGetAClearMessage() {
		HttpResponse<String> empty = this.http.get("/api/v1/documents?q=");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(this.http.json(empty).get("detail").asString()).contains("请输入检索词");
		HttpResponse<String> tooLong = this.http.get("/api/v1/documents?q=" + Http.encode("法".repeat(201)));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(this.http.json(tooLong).get("detail").asString()).contains("过长");
		HttpResponse<String> badPage = this.http.get("/api/v1/documents?q=x&page=abc");
		assertThat(badPage.statusCode()).isEqualTo(400);
		assertThat(this.http.json(badPage).get("detail").asString()).contains("page");
		HttpResponse<String> unknown = this.http.get("/api/v1/documents/999999");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(this.http.json(unknown).get("detail").asString()).contains("999999");
	}

	@Test
	void theSearchPageListsResultsInChineseWithoutJavaScript() {
		HttpResponse<String> page = this.http.get("/?q=" + Http.encode("养老服务补贴"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((v) -> assertThat(v).contains("text/html"));
		assertThat(page.body()).contains("找到").contains("个文件").contains("养老").contains("href=\"/documents/");
		HttpResponse<String> home = this.http.get("/");
		assertThat(home.body()).contains("<form").contains("检索");
	}

	@Test
	void theDocumentPageShowsMetadataAndDownloads() {
		String id = this.http.json(this.http.get("/api/v1/documents?status=all&q=" + Http.encode("青政办〔2019〕8号")))
			.get("hits")
			.get(0)
			.get("id")
			.asString();
		HttpResponse<String> page = this.http.get("/documents/" + id);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("发文字号").contains("青政办〔2019〕8号").contains("原文件下载");
		HttpResponse<String> missing = this.http.get("/documents/424242");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("找不到");
	}

}
