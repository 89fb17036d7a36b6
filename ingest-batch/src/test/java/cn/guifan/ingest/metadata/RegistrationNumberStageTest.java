package cn.guifan.ingest.metadata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationNumberStageTest {

	private static String registration(String text) {
		return Stages.run(text, new RegistrationNumberStage()).registrationNumber();
	}

	@Test
	void aLabelledLineUnderTheNumber() {
		// Sample 13.
		assertThat(registration("青禾县人民政府办公室文件\n\n青政办规〔2023〕1号\n登记号：QHGF—2023—01\n\n青禾县人民政府办公室\n关于印发《…》的通知\n"))
			.isEqualTo("QHGF—2023—01");
	}

	@Test
	void aBareNumberOnItsOwnLine() {
		assertThat(registration("合肥市人民政府文件\n\n合政〔2017〕9号\nHFGS—2017—9\n\n合肥市人民政府关于印发某办法的通知\n"))
			.isEqualTo("HFGS—2017—9");
	}

	@Test
	void noneWhenNoneIsPrinted() {
		assertThat(registration("青禾县人民政府文件\n\n青政规〔2020〕2号\n")).isNull();
	}

}
