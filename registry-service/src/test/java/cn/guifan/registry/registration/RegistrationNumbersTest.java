package cn.guifan.registry.registration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationNumbersTest {

	@Test
	void theConfiguredFormatGivesTheNumber() {
		assertThat(RegistrationNumbers.format("QHGS-{year}-{serial:3}", 2026, 1)).isEqualTo("QHGS-2026-001");
		assertThat(RegistrationNumbers.format("HFGS—{year}—{serial}", 2017, 9)).isEqualTo("HFGS—2017—9");
		assertThat(RegistrationNumbers.format("杨管规〔{year}〕{serial:3}", 2012, 12)).isEqualTo("杨管规〔2012〕012");
	}

}
