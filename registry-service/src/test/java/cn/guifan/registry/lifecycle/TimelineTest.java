package cn.guifan.registry.lifecycle;

import java.time.LocalDate;
import java.util.List;

import cn.guifan.registry.document.DocumentVersion;
import cn.guifan.schemas.lifecycle.DocumentStatus;
import cn.guifan.schemas.lifecycle.LifecycleEventType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTest {

	private static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	private static LifecycleEvent event(LifecycleEventType type, String date) {
		return new LifecycleEvent(0, type, d(date), null, null, null, null, null, "TEST", "test", null);
	}

	private static LifecycleEvent repealedBy(String date, String cause) {
		return new LifecycleEvent(0, LifecycleEventType.REPEALED, d(date), null, null, 99L, cause, null, "TEST", "test",
				null);
	}

	/** A normative document signed on 3-15, in force from 5-01 for five years. */
	private static Timeline normativeDocument(LifecycleEvent... more) {
		return new Timeline(d("2022-05-01"), d("2027-04-30"),
				List.of(new DocumentVersion(1L, 1, null, d("2022-05-01"), null)), List.of(more));
	}

	/**
	 * 会计法: adopted 1985, revised 1999, amended 2017 and 2024; the registry holds the 2017
	 * and 2024 texts.
	 */
	private static Timeline accountingLaw() {
		return new Timeline(d("2000-07-01"), null,
				List.of(new DocumentVersion(1L, 1, "第二次修正", d("2017-11-04"), null),
						new DocumentVersion(1L, 2, "第三次修正", d("2024-06-28"), null)),
				List.of(event(LifecycleEventType.ENACTED, "1985-01-21"),
						event(LifecycleEventType.AMENDED, "1993-12-29"),
						event(LifecycleEventType.REVISED, "1999-10-31"),
						event(LifecycleEventType.AMENDED, "2017-11-04"),
						event(LifecycleEventType.AMENDED, "2024-06-28")));
	}

	@Test
	void beforeItsEffectiveDateADocumentIsNotYetInForce() {
		StatusOnDate status = normativeDocument().on(d("2022-04-30"));
		assertThat(status.status()).isEqualTo(DocumentStatus.NOT_YET_EFFECTIVE);
		assertThat(status.reason()).contains("2022-05-01");
		assertThat(normativeDocument().on(d("2022-05-01")).status()).isEqualTo(DocumentStatus.IN_FORCE);
	}

	@Test
	void afterTheLastDayOfItsValidityADocumentHasExpired() {
		assertThat(normativeDocument().on(d("2027-04-30")).status()).isEqualTo(DocumentStatus.IN_FORCE);
		StatusOnDate after = normativeDocument().on(d("2027-05-01"));
		assertThat(after.status()).isEqualTo(DocumentStatus.EXPIRED);
		assertThat(after.reason()).contains("有效期至2027-04-30届满");
	}

	@Test
	void aRepealEndsTheDocumentWhenTheRepealTakesEffect() {
		Timeline repealed = normativeDocument(repealedBy("2024-01-01", "青政办规〔2023〕9号"));
		assertThat(repealed.on(d("2023-12-31")).status()).isEqualTo(DocumentStatus.IN_FORCE);
		StatusOnDate after = repealed.on(d("2024-01-01"));
		assertThat(after.status()).isEqualTo(DocumentStatus.REPEALED);
		assertThat(after.reason()).contains("废止").contains("青政办规〔2023〕9号");
		assertThat(after.endingEvent().causedByDocumentId()).isEqualTo(99L);
		assertThat(repealed.end()).isEqualTo(d("2024-01-01"));
	}

	@Test
	void aDeclarationOfInvalidityEndsItAsInvalid() {
		Timeline invalid = normativeDocument(event(LifecycleEventType.DECLARED_INVALID, "2025-06-01"));
		assertThat(invalid.on(d("2025-06-01")).status()).isEqualTo(DocumentStatus.EXPIRED);
		assertThat(invalid.on(d("2025-06-01")).status().label()).isEqualTo("失效");
	}

	@Test
	void aPartialRepealLeavesTheRestInForce() {
		LifecycleEvent partial = new LifecycleEvent(0, LifecycleEventType.PARTIALLY_INVALID, d("2024-03-01"), null,
				null, null, null, "第五条", "TEST", "test", null);
		StatusOnDate status = normativeDocument(partial).on(d("2024-03-01"));
		assertThat(status.status()).isEqualTo(DocumentStatus.PARTIALLY_INVALID);
		assertThat(status.reason()).contains("第五条");
		assertThat(status.status().isCitable()).isTrue();
	}

	@Test
	void aLawIsInForceFromItsFirstAdoptionNotFromTheDatePrintedInItsLatestText() {
		assertThat(accountingLaw().start()).isEqualTo(d("1985-01-21"));
		assertThat(accountingLaw().on(d("1990-01-01")).status()).isEqualTo(DocumentStatus.IN_FORCE);
		assertThat(accountingLaw().on(d("1984-12-31")).status()).isEqualTo(DocumentStatus.NOT_YET_EFFECTIVE);
	}

	@Test
	void theVersionThatAppliedIsTheLatestOneInEffectOnTheDate() {
		Timeline law = accountingLaw();
		assertThat(law.on(d("2010-01-01")).version()).as("the 1999 text is not held").isNull();
		assertThat(law.on(d("2020-01-01")).version().versionNo()).isEqualTo(1);
		assertThat(law.on(d("2024-06-28")).version().versionNo()).isEqualTo(2);
		assertThat(law.on(d("2026-01-01")).version().versionNo()).isEqualTo(2);
	}

	@Test
	void aReplacedVersionIsAmendedWhileTheDocumentStaysInForce() {
		List<Timeline.VersionPeriod> periods = accountingLaw().versionPeriods(d("2026-11-22"));
		assertThat(periods).hasSize(2);
		assertThat(periods.get(0).status()).isEqualTo(DocumentStatus.AMENDED);
		assertThat(periods.get(0).from()).isEqualTo(d("2017-11-04"));
		assertThat(periods.get(0).until()).isEqualTo(d("2024-06-28"));
		assertThat(periods.get(0).endReason()).isEqualTo("SUPERSEDED");
		assertThat(periods.get(1).status()).isEqualTo(DocumentStatus.IN_FORCE);
		assertThat(periods.get(1).until()).isNull();
	}

	@Test
	void aRepealedDocumentsLastVersionEndsWithTheRepeal() {
		Timeline repealed = normativeDocument(repealedBy("2024-01-01", "x"));
		Timeline.VersionPeriod only = repealed.versionPeriods(d("2026-11-22")).get(0);
		assertThat(only.until()).isEqualTo(d("2024-01-01"));
		assertThat(only.status()).isEqualTo(DocumentStatus.REPEALED);
		assertThat(only.endReason()).isEqualTo("REPEALED");
	}

	@Test
	void aRepealAheadIsKnownAsTheEndBeforeItComes() {
		// a search as of a later date must tell a coming repeal from an expiry
		Timeline repealedLater = normativeDocument(repealedBy("2027-01-01", "x"));
		Timeline.VersionPeriod only = repealedLater.versionPeriods(d("2026-11-22")).get(0);
		assertThat(only.status()).isEqualTo(DocumentStatus.IN_FORCE);
		assertThat(only.until()).isEqualTo(d("2027-01-01"));
		assertThat(only.endReason()).isEqualTo("REPEALED");
	}

	@Test
	void whatEndsFirstWins() {
		Timeline both = normativeDocument(repealedBy("2028-01-01", "later"));
		assertThat(both.end()).isEqualTo(d("2027-05-01"));
		assertThat(both.on(d("2027-06-01")).status()).isEqualTo(DocumentStatus.EXPIRED);
	}

	@Test
	void aDocumentWithoutDatesIsTakenAsInForce() {
		Timeline unknown = new Timeline(null, null, List.of(new DocumentVersion(1L, 1, null, null, null)), List.of());
		assertThat(unknown.on(d("2026-11-22")).status()).isEqualTo(DocumentStatus.IN_FORCE);
		assertThat(unknown.on(d("2026-11-22")).version().versionNo()).isEqualTo(1);
	}

}
