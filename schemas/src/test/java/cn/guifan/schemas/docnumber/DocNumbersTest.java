package cn.guifan.schemas.docnumber;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DocNumbersTest {

	@ParameterizedTest
	@ValueSource(strings = { "国办发〔2020〕17号", "国办发[2020]17号", "国办发(2020)17号", "国办发（2020）17号", "国办发【2020】17号",
			"国办发［2020］17号", "国办发〔２０２０〕１７号", "国办发 〔2020〕 17 号", " 国办发〔2020〕017号 ", "国办发〔2020〕第17号" })
	void everyPrintedFormNormalizesToOne(String printed) {
		DocNumber number = DocNumbers.parse(printed).orElseThrow();
		assertThat(number.normalized()).isEqualTo("国办发〔2020〕17号");
		assertThat(number.agency()).isEqualTo("国办发");
		assertThat(number.year()).isEqualTo(2020);
		assertThat(number.serial()).isEqualTo(17);
		assertThat(number.form()).isEqualTo(DocNumber.Form.BRACKETED);
		assertThat(number.printed()).isEqualTo(printed.strip());
	}

	@ParameterizedTest
	@ValueSource(strings = { "国办发2020 17号", "国办发 2020 17", "国办发2020-17", "国办发〔2020〕17", "国办发2020年17号" })
	void whatUsersTypeParsesLeniently(String typed) {
		assertThat(DocNumbers.parse(typed)).isEmpty();
		assertThat(DocNumbers.parseLenient(typed)).map(DocNumber::normalized).hasValue("国办发〔2020〕17号");
	}

	@Test
	void ordersNormalizeWithoutTheNationalPrefix() {
		assertThat(DocNumbers.parse("中华人民共和国国务院令 第722号")).map(DocNumber::normalized).hasValue("国务院令第722号");
		assertThat(DocNumbers.parse("国务院令第七百二十二号")).map(DocNumber::normalized).hasValue("国务院令第722号");
		assertThat(DocNumbers.parse("丰原市人民政府令第12号")).map(DocNumber::form).hasValue(DocNumber.Form.ORDER);
		assertThat(DocNumbers.parse("国家发展和改革委员会令2020年第38号")).map(DocNumber::normalized)
			.hasValue("国家发展和改革委员会令2020年第38号");
	}

	@ParameterizedTest
	@ValueSource(strings = { "国务院令第686号", "中华人民共和国国务院令第686号", "国务院令686号", "国务院令 第 686 号", "国务院令第686", "国务院第686号令",
			"国务院686号令", "国务院令第六百八十六号" })
	void orderNumbersAsPeopleTypeThem(String typed) {
		assertThat(DocNumbers.parseLenient(typed)).map(DocNumber::normalized).hasValue("国务院令第686号");
	}

	@Test
	void anAgencyAndAYearAloneGiveThePrefixOfTheirNumbers() {
		assertThat(DocNumbers.agencyYearPrefix("青政办规2022")).hasValue("青政办规〔2022〕");
		assertThat(DocNumbers.agencyYearPrefix("青政办规［２０２２］")).hasValue("青政办规〔2022〕");
		assertThat(DocNumbers.agencyYearPrefix("青政办规〔2022〕3号")).isEmpty();
		assertThat(DocNumbers.agencyYearPrefix("2022")).isEmpty();
	}

	@Test
	void textThatIsNoNumberDoesNotParse() {
		assertThat(DocNumbers.parse("关于印发2020年政务公开工作要点的通知")).isEmpty();
		assertThat(DocNumbers.parseLenient("会计法")).isEmpty();
		assertThat(DocNumbers.parseLenient("2020 17")).isEmpty();
	}

	@Test
	void findsNumbersInRunningTextWithoutTheWordsBeforeThem() {
		String text = "为贯彻落实《国务院办公厅关于印发2020年政务公开工作要点的通知》（国办发〔2020〕17号）精神，根据辽政办发[2019]5号和国务院令第722号，";
		List<DocNumberMatch> found = DocNumbers.findAll(text);
		assertThat(found).extracting((m) -> m.number().normalized())
			.containsExactly("国办发〔2020〕17号", "辽政办发〔2019〕5号", "国务院令第722号");
		DocNumberMatch second = found.get(1);
		assertThat(text.substring(second.start(), second.end())).isEqualTo("辽政办发[2019]5号");
	}

	@Test
	void findAllKeepsOrganNamesThatContainConjunctions() {
		String text = "根据《公共租赁住房管理办法》（住房和城乡建设部令第11号）和《丰原市行政规范性文件管理规定》（丰原市人民政府令第8号），"
				+ "2002年3月19日 中华人民共和国国务院令第348号公布，原国家发展计划委员会令第8号，最高人民法院以法发〔1993〕15号通知印发";
		assertThat(DocNumbers.findAll(text)).extracting((m) -> m.number().normalized())
			.containsExactly("住房和城乡建设部令第11号", "丰原市人民政府令第8号", "国务院令第348号", "国家发展计划委员会令第8号", "法发〔1993〕15号");
	}

	@Test
	void theNationalPrefixOfAnOrderInRunningTextStaysWhole() {
		assertThat(DocNumbers.findAll("2008年11月10日 中华人民共和国国务院令第539号公布")).extracting((m) -> m.number().normalized())
			.containsExactly("国务院令第539号");
		assertThat(DocNumbers.findAll("根据中华人民共和国国务院令第539号")).extracting((m) -> m.number().normalized())
			.containsExactly("国务院令第539号");
	}

	@Test
	void normalizeOrCleanFallsBackToTheCompactText() {
		assertThat(DocNumbers.normalizeOrClean("国办发 [2020] 17号")).isEqualTo("国办发〔2020〕17号");
		assertThat(DocNumbers.normalizeOrClean("HFGS—2017—9 ")).isEqualTo("HFGS—2017—9");
	}

	@Test
	void smallParenthesesAndAnnouncementsAsWildPagesPrintThem() {
		assertThat(DocNumbers.parse("金政办﹝2019﹞33号").orElseThrow().normalized()).isEqualTo("金政办〔2019〕33号");
		DocNumber announcement = DocNumbers.parse("曲靖市人民政府公告第75号").orElseThrow();
		assertThat(announcement.normalized()).isEqualTo("曲靖市人民政府公告第75号");
		assertThat(announcement.form()).isEqualTo(DocNumber.Form.ANNOUNCEMENT);
	}

	@Test
	void aDateBeforeAnOrderIsNoPartOfItsOrgan() {
		assertThat(DocNumbers.findAll("2004年10月8日市人民政府令第124号发布").get(0).number().normalized()).isEqualTo("市人民政府令第124号");
		assertThat(DocNumbers.findAll("日照市人民政府令第3号").get(0).number().normalized()).isEqualTo("日照市人民政府令第3号");
	}

	@Test
	void serialsOfAnnouncementsAndOrdersOfLongNamedOrgans() {
		// A 通告 numbered in its series, as a command post prints it (made-up names).
		DocNumber notice = DocNumbers.parse("某某县新型冠状病毒感染的肺炎防控工作指挥部通告第1号").orElseThrow();
		assertThat(notice.normalized()).isEqualTo("某某县新型冠状病毒感染的肺炎防控工作指挥部通告第1号");
		assertThat(notice.form()).isEqualTo(DocNumber.Form.ANNOUNCEMENT);
		// With its year, in brackets or with 年: one normalized form.
		assertThat(DocNumbers.parse("某某县疫情防控指挥部通告〔2022〕第76号").orElseThrow().normalized())
			.isEqualTo("某某县疫情防控指挥部通告〔2022〕76号");
		assertThat(DocNumbers.parse("某某县新型冠状病毒肺炎疫情防控指挥部通告2022年第3号").orElseThrow().normalized())
			.isEqualTo("某某县新型冠状病毒肺炎疫情防控指挥部通告〔2022〕3号");
		assertThat(DocNumbers.parse("某某县新型冠状病毒肺炎疫情防控指挥部通告〔2022〕3号").orElseThrow().normalized())
			.isEqualTo("某某县新型冠状病毒肺炎疫情防控指挥部通告〔2022〕3号");
		assertThat(DocNumbers.parse("某某市人民政府公告2020年第3号").orElseThrow().normalized()).isEqualTo("某某市人民政府公告〔2020〕3号");
		// A command post's order, 第N号令 or N号令 as it is said.
		assertThat(DocNumbers.parse("某某县新型冠状病毒感染的肺炎防控指挥部2号令").orElseThrow().normalized())
			.isEqualTo("某某县新型冠状病毒感染的肺炎防控指挥部令第2号");
		assertThat(DocNumbers.parse("某某县新型冠状病毒感染的肺炎防控指挥部令第2号").orElseThrow().form()).isEqualTo(DocNumber.Form.ORDER);
		// A serial alone names no organ.
		assertThat(DocNumbers.parse("第2号令")).isEmpty();
		assertThat(DocNumbers.parse("通告第1号")).isEmpty();
		// A number in brackets under a title is no organ's serial.
		assertThat(DocNumbers.parse("(某某市人民政府令第35号)")).isEmpty();
		// A title run into an order's number names no organ.
		assertThat(DocNumbers.parse("某某市烟花爆竹燃放管理规定(某某市人民政府令第35号")).isEmpty();
		assertThat(DocNumbers.parse("某某市烟花爆竹燃放管理规定某某市人民政府令第35号")).isEmpty();
	}

}
