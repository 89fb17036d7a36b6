package cn.guifan.registry.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationNumbersTest {

	@Test
	void everyPrintingOfANumberHasOneKey() {
		String key = RegistrationNumbers.key("QHGF—2022—02");
		assertThat(key).isEqualTo("QHGF-2022-02");
		for (String printed : new String[] { "QHGF-2022-02", "qhgf–2022–02", "ＱＨＧＦ－２０２２－０２", "QHGF——2022——02",
				" QHGF - 2022 - 02 " }) {
			assertThat(RegistrationNumbers.key(printed)).as(printed).isEqualTo(key);
		}
		assertThat(RegistrationNumbers.key("杨管规[2012]001")).isEqualTo(RegistrationNumbers.key("杨管规〔2012〕001"));
		assertThat(RegistrationNumbers.key("QHGF-2022-03")).isNotEqualTo(key);
	}

}
