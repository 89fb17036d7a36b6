package cn.guifan.ingest.metadata;

import java.time.LocalDate;

import cn.guifan.ingest.testing.TestFiles;
import cn.guifan.schemas.document.Disclosure;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataExtractorTest {

	private final MetadataExtractor extractor = MetadataExtractor.standard();

	@Test
	void readsTheHeadOfANotice() {
		DocumentMetadata m = this.extractor.extract(TestFiles.NOTICE, "notice.txt");
		assertThat(m.title()).isEqualTo("青禾县人民政府办公室关于印发《青禾县城区占道经营管理办法》的通知");
		assertThat(m.docNumber().normalized()).isEqualTo("青政办〔2021〕12号");
		assertThat(m.issuers()).containsExactly("青禾县人民政府办公室");
		assertThat(m.signedDate()).isEqualTo(LocalDate.of(2021, 3, 15));
		assertThat(m.kind()).isEqualTo(DocumentKind.NORMATIVE_DOCUMENT);
		assertThat(m.kindReason()).isNotBlank();
		assertThat(m.disclosure()).isEqualTo(Disclosure.PUBLIC);
	}

	@Test
	void readsTheDisclosureNote() {
		assertThat(this.extractor.extract("标题的通知\n正文\n（此件依申请公开）", "a.txt").disclosure())
			.isEqualTo(Disclosure.ON_REQUEST);
		assertThat(this.extractor.extract("标题的通知\n正文\n此件不公开", "a.txt").disclosure()).isEqualTo(Disclosure.NOT_PUBLIC);
		assertThat(this.extractor.extract("标题的通知\n正文", "a.txt").disclosure()).isNull();
	}

	@Test
	void aMarkdownLawTakesItsHeadingAsTitle() {
		DocumentMetadata m = this.extractor.extract("# 中华人民共和国会计法\n\n1985年1月21日 通过\n\n第一条 为了规范会计行为。", "会计法.md");
		assertThat(m.title()).isEqualTo("中华人民共和国会计法");
		assertThat(m.kind()).isEqualTo(DocumentKind.LAW);
		assertThat(m.docNumber()).isNull();
	}

	@Test
	void aRegulationIsNumberedByTheOrderThatPromulgatedItsText() {
		DocumentMetadata m = this.extractor.extract("""
				# 消费税暂行条例

				1993年12月13日 中华人民共和国国务院令第135号发布

				2008年11月10日 中华人民共和国国务院令第539号公布

				2016年2月6日《国务院关于修改部分行政法规的决定》（国务院令第666号）修订

				<!-- INFO END -->

				第一条 在中华人民共和国境内生产、委托加工和进口本条例规定的消费品的单位和个人，为消费税的纳税人。
				""", "消费税暂行条例.md");
		assertThat(m.docNumber().normalized()).isEqualTo("国务院令第539号");
		assertThat(m.kind()).isEqualTo(DocumentKind.ADMINISTRATIVE_REGULATION);
	}

	@Test
	void anOrderPrintsItsBannerAndNumberOnTwoLines() {
		DocumentMetadata m = this.extractor
			.extract("# 丰原市行政规范性文件管理规定\n\n丰原市人民政府令\n\n第8号\n\n《丰原市行政规范性文件管理规定》已经审议通过，现予公布。", "ling.md");
		assertThat(m.docNumber().normalized()).isEqualTo("丰原市人民政府令第8号");
		assertThat(m.kind()).isEqualTo(DocumentKind.RULE);
	}

	@Test
	void anOrderCitedInTheBodyIsNoNumberOfTheDocument() {
		DocumentMetadata m = this.extractor.extract("# 某某办法\n\n第一条 根据2017年3月1日国务院令第676号发布的条例，制定本办法。", "办法.md");
		assertThat(m.docNumber()).isNull();
	}

	@Test
	void aTextWithoutATitleLineIsNamedAfterItsFile() {
		DocumentMetadata m = this.extractor.extract("一二三四五六七八九十。甲乙丙丁。", "dir/杂项记录.txt");
		assertThat(m.title()).isEqualTo("杂项记录");
		assertThat(m.kind()).isEqualTo(DocumentKind.OTHER);
	}

}
