package cn.guifan.registry.registration;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.registry.indexing.OutboxIndexer;
import cn.guifan.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * 登记 in the pages, as a registrar does it: upload, see what was read and where, correct
 * the doc number, save; the document has its 统一登记号 in the configured format and is found
 * by search at once. Anonymous users cannot reach the pages.
 */
@SpringBootTest(properties = "guifan.registration.format=QHGS-{year}-{serial:3}")
@AutoConfigureMockMvc
class RegistrationIT extends RegistryIntegrationTest {

	private static final String TEXT = """
			青禾县人民政府办公室文件

			青政办规〔2026〕9号

			青禾县人民政府办公室
			关于印发《青禾县公共法律服务站点管理办法》的通知

			各乡镇人民政府、街道办事处，县政府各部门：

			　　现将《青禾县公共法律服务站点管理办法》印发给你们，请认真贯彻执行。

			青禾县人民政府办公室
			二〇二六年十一月二十日

			（此件公开发布）

			青禾县公共法律服务站点管理办法

			　　第一条　为规范公共法律服务站点建设，制定本办法。

			　　第二条　本办法自2026年12月1日起施行，有效期5年。
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxIndexer indexer;

	@Test
	void aRegistrarUploadsChecksCorrectsAndSavesADocumentWhichIsNumberedAndSearchable() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "公共法律服务站点管理办法.txt", "text/plain",
				TEXT.getBytes(StandardCharsets.UTF_8));
		MvcResult read = this.mvc
			.perform(multipart("/registrar/registrations").file(file)
				.with(csrf())
				.with(user("registrar").roles("REGISTRAR")))
			.andReturn();
		String page = read.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("青政办规〔2026〕9号").contains("来源：").contains("施行条款：");
		Matcher action = Pattern.compile("/registrar/registrations/([0-9a-f-]{36})").matcher(page);
		assertThat(action.find()).as(page).isTrue();

		MvcResult saved = this.mvc
			.perform(post("/registrar/registrations/" + action.group(1)).param("docNumber", "青政办规〔2026〕10号")
				.param("title", "青禾县人民政府办公室关于印发《青禾县公共法律服务站点管理办法》的通知")
				.with(csrf())
				.with(user("registrar").roles("REGISTRAR")))
			.andReturn();
		String location = saved.getResponse().getRedirectedUrl();
		assertThat(location).matches("/registrar/documents/\\d+");
		String message = String.valueOf(saved.getFlashMap().get("message"));
		assertThat(message).matches("已登记，统一登记号 QHGS-\\d{4}-001；文件已可检索");

		assertThat(this.indexer.awaitIdle(Duration.ofSeconds(60))).isTrue();
		String found = this.mvc.perform(get("/api/v1/documents").param("q", "青政办规〔2026〕10号"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(found).contains("公共法律服务站点管理办法").contains("青政办规〔2026〕10号");

		// The number assigned is the document's 统一登记号 everywhere: its stable address
		// leads to it.
		String number = message.substring(message.indexOf("QHGS"), message.indexOf("；"));
		String address = this.mvc.perform(get("/d/" + number)).andReturn().getResponse().getRedirectedUrl();
		assertThat(address).endsWith(location.replace("/registrar", ""));

		int anonymous = this.mvc.perform(get("/registrar/registrations/new")).andReturn().getResponse().getStatus();
		assertThat(anonymous).isIn(302, 401);
	}

}
