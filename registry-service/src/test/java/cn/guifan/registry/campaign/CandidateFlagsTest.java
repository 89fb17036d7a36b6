package cn.guifan.registry.campaign;

import java.time.LocalDate;
import java.util.List;

import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.schemas.document.DocumentKind;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateFlagsTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

	@Test
	void aValidityEndingWithinSixMonthsOrEndedIsFlaggedWithTheDate() {
		assertThat(CandidateFlags.periodFlags(document(LocalDate.of(2023, 3, 28), LocalDate.of(2026, 12, 31), false),
				TODAY))
			.singleElement()
			.satisfies((f) -> {
				assertThat(f.code()).isEqualTo("EXPIRING");
				assertThat(f.text()).contains("2026年12月31日").contains("25天");
			});
		assertThat(CandidateFlags.periodFlags(document(LocalDate.of(2020, 3, 25), LocalDate.of(2025, 4, 30), false),
				TODAY))
			.extracting(Flag::code)
			.containsExactly("EXPIRED");
		assertThat(CandidateFlags.periodFlags(document(LocalDate.of(2024, 3, 18), LocalDate.of(2029, 3, 31), false),
				TODAY))
			.isEmpty();
	}

	@Test
	void aTrialOlderThanTwoYearsAndADocumentWithoutPeriodOlderThanFiveAreFlagged() {
		assertThat(
				CandidateFlags.periodFlags(document(LocalDate.of(2019, 3, 12), LocalDate.of(2028, 3, 31), true), TODAY))
			.extracting(Flag::code)
			.containsExactly("TRIAL_OVERDUE");
		assertThat(
				CandidateFlags.periodFlags(document(LocalDate.of(2025, 8, 15), LocalDate.of(2027, 8, 31), true), TODAY))
			.isEmpty();
		assertThat(CandidateFlags.periodFlags(document(LocalDate.of(2016, 4, 12), null, false), TODAY)).singleElement()
			.satisfies((f) -> assertThat(f.text()).isEqualTo("本文件未规定有效期，2016年4月12日制定，已逾5年。"));
	}

	@Test
	void aKeywordIsFoundWithItsCountAndTheArticleWhereItFirstOccurs() {
		String text = "青禾县某办法\n\n　　第一条　为了规范管理，制定本办法。\n　　第二条　申请人应当提交身份证明和居住证明。\n　　第三条　依照第二条提交证明。\n";
		Flag flag = CandidateFlags.keywordFlag(text, "证明");
		assertThat(flag).isNotNull();
		assertThat(flag.text()).contains("“证明”3处").contains("第二条").contains("身份证明");
		assertThat(CandidateFlags.keywordFlag(text, "许可")).isNull();
	}

	private static DocumentSummary document(LocalDate signed, @Nullable LocalDate expiry, boolean trial) {
		return new DocumentSummary(1, "青禾县某办法", "青政办规〔2023〕1号", "青政办规〔2023〕1号", List.of("青禾县人民政府办公室"),
				DocumentKind.NORMATIVE_DOCUMENT, "test", signed, null, signed, expiry, trial, null, null, null, null);
	}

}
