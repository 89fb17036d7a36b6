package cn.guifan.registry.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import cn.guifan.ingest.metadata.MetadataExtractor;
import cn.guifan.ingest.testing.TestFiles;
import cn.guifan.registry.support.Corpus;
import cn.guifan.schemas.document.DocumentMetadata;
import cn.guifan.schemas.document.HistoryEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SameDocumentTest {

	private final MetadataExtractor extractor = MetadataExtractor.standard();

	@Test
	void theSameNoticeWithOtherLineBreaksAndWidthsIsTheSameDocument() {
		String reflowed = TestFiles.NOTICE.replace("\n", "\n\n").replace("2021", "２０２１");
		assertThat(SameDocument.same(copy(TestFiles.NOTICE), copy(reflowed))).isTrue();
	}

	@Test
	void aDisclosurePageContainsTheNoticeItPublishes() {
		String page = "当前位置: 首页 > 政务公开\n索 引 号: qinghe-2021-000012 主题分类: 城乡建设\n发文机关: 青禾县人民政府办公室 成文日期: 2021-03-15\n"
				+ "标  题: 青禾县人民政府办公室关于印发《青禾县城区占道经营管理办法》的通知\n发文字号: 青政办〔2021〕12号 发布日期: 2021-03-16\n\n" + TestFiles.NOTICE
				+ "\n打印本页 关闭窗口";
		assertThat(TextSimilarity.containment(page, TestFiles.NOTICE)).isGreaterThan(0.99);
		assertThat(SameDocument.same(copy(page), copy(TestFiles.NOTICE))).isTrue();
	}

	@Test
	void anotherNoticeWithAnotherNumberIsAnotherDocument() {
		String other = TestFiles.NOTICE.replace("12号", "13号");
		assertThat(SameDocument.same(copy(other), copy(TestFiles.NOTICE))).isFalse();
	}

	@Test
	void twoVersionsOfOneLawAreNotTheSameDocument() throws Exception {
		Path v2017 = Corpus.laws().resolve("经济法/会计法(2017-11-04).md");
		Path v2024 = Corpus.laws().resolve("经济法/会计法(2024-06-28).md");
		SameDocument.Copy a = copy(Files.readString(v2017));
		SameDocument.Copy b = copy(Files.readString(v2024));
		assertThat(a.metadata().title()).isEqualTo(b.metadata().title());
		// Most of the text is shared, but not enough to be one document …
		assertThat(TextSimilarity.containment(a.text(), b.text())).isBetween(0.8, SameDocument.MIN_CONTAINMENT);
		assertThat(SameDocument.same(a, b)).isFalse();
	}

	@Test
	void versionsWithNearlyTheSameTextAreKeptApartByTheirDates() {
		DocumentMetadata base = DocumentMetadata.builder("行政法规甲").build();
		HistoryEvent first = new HistoryEvent(HistoryEvent.Type.PROMULGATED, LocalDate.of(2019, 3, 2), null, null, null,
				"2019年3月2日公布");
		HistoryEvent second = new HistoryEvent(HistoryEvent.Type.AMENDED, LocalDate.of(2022, 3, 29), null, null, 2,
				"2022年3月29日修订");
		String text = "第一条 为了加强进出口商品检验工作，规范进出口商品检验行为，制定本条例。".repeat(20);
		SameDocument.Copy older = new SameDocument.Copy(base.toBuilder().history(List.of(first)).build(), text);
		SameDocument.Copy newer = new SameDocument.Copy(base.toBuilder().history(List.of(first, second)).build(), text);
		assertThat(SameDocument.same(older, newer)).isFalse();
		assertThat(SameDocument.same(older, older)).isTrue();
	}

	@Test
	void fillingMissingMetadataKeepsWhatIsKnown() {
		DocumentMetadata fromFile = this.extractor.extract(TestFiles.NOTICE, "a.docx");
		DocumentMetadata fromPage = fromFile.toBuilder()
			.publishedDate(LocalDate.of(2021, 3, 16))
			.indexNumber("qinghe-2021-000012")
			.signedDate(LocalDate.of(1999, 1, 1))
			.build();
		DocumentMetadata merged = MetadataMerge.fillMissing(fromFile, fromPage);
		assertThat(merged.publishedDate()).isEqualTo(LocalDate.of(2021, 3, 16));
		assertThat(merged.indexNumber()).isEqualTo("qinghe-2021-000012");
		assertThat(merged.signedDate()).isEqualTo(fromFile.signedDate());
	}

	@Test
	void aSecondCopyOfAStoredRecordChangesNothingOfIt() {
		// The record as the registry stores and reads it back: without the structure.
		DocumentMetadata fromFile = this.extractor.extract(TestFiles.NOTICE, "a.docx");
		assertThat(fromFile.structure()).isNotEmpty();
		DocumentMetadata stored = DocumentJson
			.fromJson(DocumentJson.mapper().readTree(DocumentJson.toJsonString(fromFile, null)));
		assertThat(MetadataMerge.fillMissing(stored, fromFile)).isEqualTo(stored);
	}

	private SameDocument.Copy copy(String text) {
		return new SameDocument.Copy(this.extractor.extract(text, "x.txt"), text);
	}

}
