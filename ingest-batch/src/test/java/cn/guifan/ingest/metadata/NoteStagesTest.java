package cn.guifan.ingest.metadata;

import java.time.LocalDate;

import cn.guifan.schemas.document.Disclosure;
import cn.guifan.schemas.document.DocumentMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link DisclosureStage}, {@link AttachmentStage} and {@link IssuedLineStage}. */
class NoteStagesTest {

	private static DocumentMetadata notes(String text) {
		return Stages.run(text, new DisclosureStage(), new AttachmentStage(), new IssuedLineStage());
	}

	@Test
	void theDisclosureNoteInAnyOfItsWordings() {
		assertThat(notes("正文。\n\n(此件公开发布)\n").disclosure()).isEqualTo(Disclosure.PUBLIC);
		assertThat(notes("正文。\n\n（此件主动公开）\n").disclosure()).isEqualTo(Disclosure.PUBLIC);
		assertThat(notes("正文。\n\n（此件依申请公开）\n").disclosure()).isEqualTo(Disclosure.ON_REQUEST);
		assertThat(notes("正文。\n\n（此件不公开）\n").disclosure()).isEqualTo(Disclosure.NOT_PUBLIC);
		assertThat(notes("正文。\n\n（此件不予公开）\n").disclosure()).isEqualTo(Disclosure.NOT_PUBLIC);
		assertThat(notes("索引号：x\n公开方式：主动公开\n\n正文。\n").disclosure()).isEqualTo(Disclosure.PUBLIC);
	}

	@Test
	void theNoteUnderTheSignatureOfANoticeBeforeALongRule() {
		String text = "某某通知\n\n青禾县人民政府\n二〇二〇年三月二十五日\n\n（此件公开发布）\n\n某某办法\n\n" + "第一条　内容。\n\n".repeat(60);
		assertThat(notes(text).disclosure()).isEqualTo(Disclosure.PUBLIC);
	}

	@Test
	void wordsAboutDisclosureInTheBodyAreNoNote() {
		assertThat(notes("依申请公开件依法依规受理，主动公开政府信息按时移交。\n").disclosure()).isNull();
	}

	@Test
	void theAttachmentNoteAndItsNumberedLines() {
		// Seed 004.
		String text = "各单位政务公开要点落实情况应予以体现。\n\n附件：1．街道（部门）政务公开（政府信息公开）工作人员情况表\n\n2．街道（部门）工作职能清单\n\n泉州市鲤城区人民政府办公室\n\n2020年8月20日\n";
		assertThat(notes(text).attachments()).containsExactly("街道（部门）政务公开（政府信息公开）工作人员情况表", "街道（部门）工作职能清单");
		assertThat(notes("　　附件：青禾县建筑工地扬尘污染防治责任公示牌（样式）\n\n青禾县住房和城乡建设局\n").attachments())
			.containsExactly("青禾县建筑工地扬尘污染防治责任公示牌（样式）");
	}

	@Test
	void theHeadingsOfAttachmentsWhenThereIsNoNote() {
		String text = "正文。\n\n附件1\n\n继续有效的行政规范性文件目录（9件）\n\n序号　文件名称\n\n附件2\n\n予以修改的行政规范性文件目录（1件）\n";
		assertThat(notes(text).attachments()).containsExactly("继续有效的行政规范性文件目录（9件）", "予以修改的行政规范性文件目录（1件）");
	}

	@Test
	void theIssuedLineOnOneLineOrUnderItsOrgan() {
		DocumentMetadata one = notes("抄送：县委办公室。\n\n青禾县人民政府办公室　　　　　　　　　　　　2020年3月30日印发\n");
		assertThat(one.issuedLine().organ()).isEqualTo("青禾县人民政府办公室");
		assertThat(one.issuedLine().date()).isEqualTo(LocalDate.of(2020, 3, 30));
		// Seed 001.
		DocumentMetadata two = notes("四、切实加强基础保障工作\n\n冠县人民政府办公室\n\n2020年7月16日印发\n\n(共印20份)");
		assertThat(two.issuedLine().organ()).isEqualTo("冠县人民政府办公室");
		assertThat(two.issuedLine().date()).isEqualTo(LocalDate.of(2020, 7, 16));
	}

}
