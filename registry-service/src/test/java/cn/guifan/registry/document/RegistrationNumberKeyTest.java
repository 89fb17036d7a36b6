package cn.guifan.registry.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationNumberKeyTest {

	@Test
	void everyPrintingOfANumberHasOneKey() {
		String key = RegistrationNumberKey.of("QHGF—2022—02");
		assertThat(key).isEqualTo("QHGF-2022-02");
		for (String printed : new String[] { "QHGF-2022-02", "qhgf–2022–02", "ＱＨＧＦ－２０２２－０２", "QHGF——2022——02",
				" QHGF - 2022 - 02 " }) {
			assertThat(RegistrationNumberKey.of(printed)).as(printed).isEqualTo(key);
		}
		assertThat(RegistrationNumberKey.of("杨管规[2012]001")).isEqualTo(RegistrationNumberKey.of("杨管规〔2012〕001"));
		assertThat(RegistrationNumberKey.of("QHGF-2022-03")).isNotEqualTo(key);
	}

}
