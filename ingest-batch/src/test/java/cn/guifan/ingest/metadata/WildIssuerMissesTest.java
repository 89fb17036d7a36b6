package cn.guifan.ingest.metadata;

import cn.guifan.schemas.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issuers the wild set's tune part missed after the sixteenth batch, as made-up examples:
 * an office's number whose first character starts a city that the page names only inside
 * a sentence, in more than three characters, or only by its districts.
 */
class WildIssuerMissesTest extends WildPageHarness {

	@Test
	void aLocalNumbersCharacterStartsTheCityASentenceNamesInside() {
		// Wild tune w556: an office's notice run into one paragraph, signed with the date
		// alone; the city is named only after a verb (印发呼和浩特市…), in five characters.
		DocumentMetadata m = read("""
				关于印发呼和浩特市公共资源目录编制办法的通知

				呼政办发〔2009〕17号 各旗、县、区人民政府,市各委、办、局: 经市人民政府同意,现将《呼和浩特市公共资源目录编制办法》印发给你们,请认真执行。 二〇〇九年三月二日
				""");
		assertDocNumber(m, "呼政办发〔2009〕17号");
		assertThat(m.issuers()).containsExactly("呼和浩特市人民政府办公室");
	}

	@Test
	void aLocalNumbersCharacterStartsTheCityWhoseDistrictsThePageNames() {
		// Wild tune w603: a periodical's excerpt without title or signature, its number
		// run
		// into the addressees; the body names the city's districts, never the city.
		DocumentMetadata m = read("""
				成府发〔2015〕9号各区(市)县政府,市政府各部门:为方便群众出行,市政府研究决定,调整锦江区、青羊区、金牛区公共自行车服务时间。现就有关事项通知如下。一、服务时间……
				""");
		assertDocNumber(m, "成府发〔2015〕9号");
		assertThat(m.issuers()).containsExactly("成都市人民政府");
	}

}
