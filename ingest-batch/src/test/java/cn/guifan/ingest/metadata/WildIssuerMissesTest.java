package cn.guifan.ingest.metadata;

import cn.guifan.schemas.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issuers the wild set's tune part missed after the sixteenth batch, as made-up examples:
 * an office's number whose first character starts a city that the page names only inside
 * a sentence, in more than three characters.
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

}
