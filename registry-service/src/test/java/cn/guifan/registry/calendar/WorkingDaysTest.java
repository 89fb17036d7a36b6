package cn.guifan.registry.calendar;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTest {

	private final WorkingDays days = new WorkingDays();

	@Test
	void weekdaysCountAndWeekendsDoNot() {
		// Thursday 2023-06-01 to Monday 2023-06-05: Friday and Monday.
		assertThat(this.days.between(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 5))).isEqualTo(2);
		assertThat(this.days.between(LocalDate.of(2023, 6, 5), LocalDate.of(2023, 6, 5))).isZero();
		assertThat(this.days.between(LocalDate.of(2023, 6, 5), LocalDate.of(2023, 6, 1))).isZero();
	}

	@Test
	void holidaysAreOffAndTheWeekendsWorkedForThemAreWorkingDays() {
		// 2023: 9月29日至10月6日放假，10月7日（星期六）、10月8日（星期日）上班.
		assertThat(this.days.isWorkingDay(LocalDate.of(2023, 10, 2))).isFalse();
		assertThat(this.days.isWorkingDay(LocalDate.of(2023, 10, 7))).isTrue();
		assertThat(this.days.between(LocalDate.of(2023, 9, 28), LocalDate.of(2023, 10, 9))).isEqualTo(3);
		// 2020: the Spring Festival extended to 2 February; Saturday 1 February no longer
		// worked.
		assertThat(this.days.isWorkingDay(LocalDate.of(2020, 2, 1))).isFalse();
		assertThat(this.days.between(LocalDate.of(2020, 1, 23), LocalDate.of(2020, 2, 3))).isEqualTo(1);
		// 2026: 2月15日至23日放假，2月14日、2月28日（星期六）上班.
		assertThat(this.days.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
		assertThat(this.days.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse();
	}

	@Test
	void everyYearFrom2019To2026IsInTheDataWithItsNotice() {
		for (int year = 2019; year <= 2026; year++) {
			assertThat(this.days.covers(year)).as(Integer.toString(year)).isTrue();
			assertThat(this.days.sources().get(year)).contains("国务院办公厅关于" + year + "年部分节假日安排的通知");
		}
		assertThat(this.days.covers(2016)).isFalse();
		assertThat(this.days.isWorkingDay(LocalDate.of(2016, 1, 1))).as("not in the data: a Friday").isTrue();
	}

	@Test
	void aBadLineIsNamed() {
		assertThatThrownBy(() -> new WorkingDays(
				new ByteArrayInputStream("休 2023-13-01 2023-13-02 坏\n".getBytes(StandardCharsets.UTF_8))))
			.hasMessageContaining("line 1");
	}

}
