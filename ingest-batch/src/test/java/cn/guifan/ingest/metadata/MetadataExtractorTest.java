package cn.guifan.ingest.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.guifan.ingest.testing.TestFiles;
import cn.guifan.schemas.document.Disclosure;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.ExtractionError;
import cn.guifan.schemas.document.RepealClause;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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

	@Test
	void aStageThatFailsCostsOnlyItsOwnFieldAndIsRecordedOnTheDocument() {
		List<ExtractionStage> stages = new ArrayList<>(MetadataExtractor.standard().stages());
		stages.replaceAll((s) -> (s instanceof RepealStage) ? new FailingRepealStage() : s);
		DocumentMetadata m = new MetadataExtractor(stages).extract(TestFiles.NOTICE, "notice.txt");

		DocumentMetadata normal = this.extractor.extract(TestFiles.NOTICE, "notice.txt");
		assertThat(m.repeals()).isEmpty();
		assertThat(m).usingRecursiveComparison().ignoringFields("repeals", "extractionErrors").isEqualTo(normal);
		assertThat(m.extractionErrors()).extracting(ExtractionError::stage).containsExactly("FailingRepealStage");
		assertThat(m.extractionErrors().get(0).message()).contains("部分元数据")
			.contains("StringIndexOutOfBoundsException: begin 164, end 157");
		assertThat(normal.extractionErrors()).isEmpty();
	}

	@Test
	void whatAFailingStageWroteBeforeItFailedIsUndone() {
		ExtractionStage halfway = (text, metadata) -> {
			metadata.title("半途写下的标题");
			metadata.repeals(List.of());
			throw new IllegalStateException("出错");
		};
		DocumentMetadata m = new MetadataExtractor(List.of(new TitleStage(), halfway, new KindStage()))
			.extract("青禾县人民政府关于某事的通知\n正文。", "a.txt");
		assertThat(m.title()).isEqualTo("青禾县人民政府关于某事的通知");
		assertThat(m.extractionErrors()).singleElement()
			.satisfies((e) -> assertThat(e.message()).endsWith("IllegalStateException: 出错"));
	}

	@Test
	void aStackOverflowInAStageCostsThatStageAndIsNamedByIt() {
		DocumentMetadata m = new MetadataExtractor(List.of(new TitleStage(), new OverflowingStage(), new KindStage()))
			.extract("青禾县人民政府关于某事的通知\n正文。", "a.txt");
		assertThat(m.title()).isEqualTo("青禾县人民政府关于某事的通知");
		assertThat(m.extractionErrors()).extracting(ExtractionError::stage).containsExactly("OverflowingStage");
		assertThat(m.extractionErrors().get(0).message()).contains("StackOverflowError");
	}

	@Test
	void theRepealClauseThatStoppedIngestIsReadWithoutFailure() {
		String notice = """
				某县城区停车收费管理办法

				第一条　为规范城区停车收费，制定本办法。
				第二十条　本办法自2027年1月1日起施行，有效期5年。《某县城区停车收费暂行办法》（某政办规〔2021〕3号，
				以下简称《暂行办法》）同时废止。
				""";
		DocumentMetadata m = this.extractor.extract(notice, "notice.txt");
		assertThat(m.extractionErrors()).isEmpty();
		assertThat(m.repeals()).extracting(RepealClause::title, (r) -> r.docNumber().normalized())
			.containsExactly(tuple("某县城区停车收费暂行办法", "某政办规〔2021〕3号"));
		assertThat(m.citations()).isEmpty();
	}

	/** A stage that fails as RepealStage did on the notice of issue 16. */
	static final class FailingRepealStage implements ExtractionStage {

		@Override
		public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
			"x".repeat(192).substring(164, 157);
		}

	}

	/** A stage whose recursion overflows, as a regular expression on a long text can. */
	static final class OverflowingStage implements ExtractionStage {

		@Override
		public void apply(DocumentText text, DocumentMetadata.Builder metadata) {
			metadata.trial(true);
			recurse(0);
		}

		private static int recurse(int depth) {
			return recurse(depth + 1) + 1;
		}

	}

}
