package cn.guifan.schemas.document;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValidityTest {

	@Test
	void aPeriodInYearsEndsTheDayBeforeTheAnniversary() {
		Validity fiveYears = new Validity(5, null, null, "有效期5年");
		assertThat(fiveYears.expiryFrom(LocalDate.of(2022, 5, 1))).isEqualTo(LocalDate.of(2027, 4, 30));
	}

	@Test
	void aPeriodInMonthsEndsTheDayBeforeTheSameDayLater() {
		Validity months = new Validity(null, 18, null, "有效期18个月");
		assertThat(months.expiryFrom(LocalDate.of(2024, 1, 1))).isEqualTo(LocalDate.of(2025, 6, 30));
	}

	@Test
	void anEndDateIsTheExpiryWhateverTheEffectiveDate() {
		Validity until = new Validity(null, null, LocalDate.of(2025, 12, 31), "有效期至2025年12月31日");
		assertThat(until.expiryFrom(null)).isEqualTo(LocalDate.of(2025, 12, 31));
	}

	@Test
	void aPeriodWithoutAnEffectiveDateHasNoExpiry() {
		assertThat(new Validity(3, null, null, "有效期3年").expiryFrom(null)).isNull();
	}

}
