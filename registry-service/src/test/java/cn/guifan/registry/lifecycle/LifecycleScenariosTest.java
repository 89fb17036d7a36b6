package cn.guifan.registry.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.guifan.registry.document.DocumentVersion;
import cn.guifan.schemas.lifecycle.DocumentStatus;
import cn.guifan.schemas.lifecycle.LifecycleEventType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What happens to a normative document over its life, told as a registrar would tell it,
 * each scenario asking "what is its status, which text applies, may I cite it?" before,
 * between and after the events. Pure timeline code: the same rules the pages, the
 * validity look-up, the citation check and the index use.
 */
class LifecycleScenariosTest {

	@Test
	void anAmendmentThatRewritesTheEffectClauseGivesTheDocumentANewTerm() {
		// 青政规〔2020〕2号: in force from 2020-05-01 for five years; 青政规〔2023〕4号 rewrote its
		// article 21 to 本办法自2023年7月1日起施行，有效期5年 and made version 2.
		Document subsidy = document().signed("2020-03-25")
			.inForceFrom("2020-05-01")
			.until("2025-04-30")
			.amendedBy(7, "2023-06-01", "2023-07-01", term(null, "2028-06-30"), LifecycleEvent.Consolidation.APPLIED)
			.withVersion(2, "2023-07-01");
		Timeline t = subsidy.timeline();
		assertThat(t.expiry()).isEqualTo(d("2028-06-30"));
		expect(t, "2020-04-15", DocumentStatus.NOT_YET_EFFECTIVE, null, false);
		expect(t, "2022-01-01", DocumentStatus.IN_FORCE, 1, true);
		expect(t, "2023-07-01", DocumentStatus.IN_FORCE, 2, true);
		expect(t, "2026-12-06", DocumentStatus.IN_FORCE, 2, true);
		expect(t, "2028-07-01", DocumentStatus.EXPIRED, 2, false);
		assertThat(t.on(d("2028-07-01")).reason()).isEqualTo("有效期至2028-06-30届满");
	}

	@Test
	void withoutTheAmendmentTheOldTermWouldHaveEnded() {
		Timeline t = document().signed("2020-03-25").inForceFrom("2020-05-01").until("2025-04-30").timeline();
		expect(t, "2026-12-06", DocumentStatus.EXPIRED, 1, false);
	}

	@Test
	void anAmendmentAfterTheTermRanOutCannotReviveIt() {
		Timeline t = document().inForceFrom("2020-05-01")
			.until("2022-04-30")
			.amendedBy(7, "2023-06-01", null, term(null, "2028-06-30"), LifecycleEvent.Consolidation.PENDING)
			.timeline();
		assertThat(t.expiry()).isEqualTo(d("2022-04-30"));
		expect(t, "2024-01-01", DocumentStatus.EXPIRED, 1, false);
	}

	@Test
	void anAmendmentThatPostponesCommencementMovesTheFirstDayInForce() {
		Timeline t = document().signed("2026-10-20")
			.inForceFrom("2027-01-01")
			.amendedBy(9, "2026-12-15", null, term("2027-07-01", null), LifecycleEvent.Consolidation.PENDING)
			.timeline();
		assertThat(t.start()).isEqualTo(d("2027-07-01"));
		expect(t, "2027-03-01", DocumentStatus.NOT_YET_EFFECTIVE, null, false);
		expect(t, "2027-07-01", DocumentStatus.IN_FORCE, 1, true);
	}

	@Test
	void anAmendmentNotYetConsolidatedIsSaidAndTheOldTextStillApplies() {
		Timeline t = document().inForceFrom("2020-05-01")
			.amendedBy(7, "2023-06-01", "2023-07-01", null, LifecycleEvent.Consolidation.PENDING)
			.timeline();
		StatusOnDate after = expect(t, "2024-01-01", DocumentStatus.IN_FORCE, 1, true);
		assertThat(after.reason()).contains("修改内容待整合");
		assertThat(expect(t, "2023-06-15", DocumentStatus.IN_FORCE, 1, true).reason()).doesNotContain("待整合");
	}

	@Test
	void aPartialRepealLeavesTheRestInForce() {
		Timeline t = document().inForceFrom("2020-05-01")
			.with(event(LifecycleEventType.PARTIALLY_INVALID, "2024-09-30", null).provisions("第九条"))
			.timeline();
		expect(t, "2024-09-29", DocumentStatus.IN_FORCE, 1, true);
		StatusOnDate after = expect(t, "2024-09-30", DocumentStatus.PARTIALLY_INVALID, 1, true);
		assertThat(after.reason()).contains("第九条");
		assertThat(after.wording()).isEqualTo("部分失效（2024-09-30 起）");
	}

	@Test
	void aRepealDecidedForALaterDayIsPendingUntilThen() {
		// 青政办发〔2022〕21号, repealed by 青政办规〔2026〕3号 from 2027-01-01.
		Timeline t = document().signed("2022-11-15")
			.inForceFrom("2022-11-15")
			.until("2027-11-14")
			.with(event(LifecycleEventType.REPEALED, "2026-10-20", "2027-01-01").cause(24))
			.timeline();
		StatusOnDate before = expect(t, "2026-10-01", DocumentStatus.IN_FORCE, 1, true);
		assertThat(before.pendingEnd()).isNull();
		StatusOnDate pending = expect(t, "2026-12-06", DocumentStatus.IN_FORCE, 1, true);
		assertThat(pending.pendingEnd()).isNotNull();
		assertThat(pending.reason()).contains("将于2027-01-01废止");
		assertThat(pending.wording()).isEqualTo("现行有效（2022-11-15 起），将于 2027-01-01 废止");
		StatusOnDate repealed = expect(t, "2027-01-01", DocumentStatus.REPEALED, 1, false);
		assertThat(repealed.wording()).isEqualTo("已废止（2027-01-01 起）");
		Timeline.VersionPeriod period = t.versionPeriods(d("2026-12-06")).get(0);
		assertThat(period.until()).isEqualTo(d("2027-01-01"));
		assertThat(period.endReason()).isEqualTo("REPEALED");
	}

	@Test
	void aCleanupDecisionThatKeepsADocumentChangesNoStatusButIsOnItsHistory() {
		Timeline t = document().inForceFrom("2022-03-01")
			.until("2027-02-28")
			.with(event(LifecycleEventType.CONFIRMED, "2024-09-30", null).cause(21))
			.with(event(LifecycleEventType.MARKED_FOR_AMENDMENT, "2024-09-30", null).cause(21))
			.timeline();
		expect(t, "2024-10-01", DocumentStatus.IN_FORCE, 1, true);
		assertThat(t.history()).extracting(LifecycleEvent::type)
			.contains(LifecycleEventType.CONFIRMED, LifecycleEventType.MARKED_FOR_AMENDMENT);
	}

	@Test
	void aCleanupDecisionDeclaringAnExpiredDocumentInvalidKeepsTheEarlierEnd() {
		// 丰环青〔2020〕15号 ran out on 2023-05-31; 青政发〔2024〕11号 declared it invalid later.
		Timeline t = document().inForceFrom("2020-06-01")
			.until("2023-05-31")
			.with(event(LifecycleEventType.DECLARED_INVALID, "2024-09-30", null).cause(21))
			.timeline();
		StatusOnDate status = expect(t, "2024-10-01", DocumentStatus.EXPIRED, 1, false);
		assertThat(status.reason()).isEqualTo("有效期至2023-05-31届满");
		assertThat(status.since()).isEqualTo(d("2023-06-01"));
	}

	@Test
	void aDocumentWhoseTermRunsOutExpiresTheDayAfterItsLastDay() {
		Timeline t = document().inForceFrom("2025-09-01").until("2027-08-31").timeline();
		expect(t, "2027-08-31", DocumentStatus.IN_FORCE, 1, true);
		StatusOnDate expired = expect(t, "2027-09-01", DocumentStatus.EXPIRED, 1, false);
		assertThat(expired.wording()).isEqualTo("失效（2027-09-01 起）");
	}

	@Test
	void aReRegistrationBeforeTheEndGivesANewPeriod() {
		Timeline t = document().inForceFrom("2022-03-01")
			.until("2027-02-28")
			.with(event(LifecycleEventType.EXTENDED, "2026-12-01", "2027-03-01").term(null, "2032-02-29"))
			.timeline();
		assertThat(t.expiry()).isEqualTo(d("2032-02-29"));
		expect(t, "2027-03-01", DocumentStatus.IN_FORCE, 1, true);
		expect(t, "2032-03-01", DocumentStatus.EXPIRED, 1, false);
	}

	@Test
	void aWithdrawnRepealNoLongerCountsButStaysInTheHistory() {
		Timeline t = document().inForceFrom("2022-03-01")
			.with(event(LifecycleEventType.REPEALED, "2024-01-01", null).withdrawn())
			.timeline();
		expect(t, "2025-01-01", DocumentStatus.IN_FORCE, 1, true);
		assertThat(t.events()).isEmpty();
		assertThat(t.history()).hasSize(1);
		assertThat(t.endingEvent()).isNull();
	}

	@Test
	void anExpiryTheSweepRecordedDoesNotOutliveACorrectedTerm() {
		// The sweep recorded 有效期届满 from a wrong last day; the term was then corrected.
		Timeline t = document().inForceFrom("2022-03-01")
			.until("2027-02-28")
			.with(event(LifecycleEventType.EXPIRED, "2024-03-01", null).origin(ExpirySweep.ORIGIN))
			.timeline();
		expect(t, "2025-01-01", DocumentStatus.IN_FORCE, 1, true);
	}

	@Test
	void beforeItWasMadeADocumentIsSaidNotToExistYet() {
		Timeline t = document().signed("2022-02-10").inForceFrom("2022-03-01").timeline();
		StatusOnDate before = t.on(d("2010-01-01"));
		assertThat(before.notYetMade()).isTrue();
		assertThat(before.label()).isEqualTo("尚未制定");
		assertThat(before.wording()).isEqualTo("该日尚未制定");
		assertThat(before.status().isCitable()).isFalse();
		StatusOnDate between = t.on(d("2022-02-20"));
		assertThat(between.label()).isEqualTo("尚未生效");
		assertThat(between.wording()).isEqualTo("尚未生效（2022-03-01起施行）");
	}

	@Test
	void theHistoryReadsInTheOrderThingsHappened() {
		Timeline t = document().inForceFrom("2020-05-01")
			.amendedBy(7, "2023-06-01", "2023-07-01", null, LifecycleEvent.Consolidation.PENDING)
			.with(event(LifecycleEventType.CONFIRMED, "2023-06-05", null))
			.timeline();
		assertThat(t.history()).extracting(LifecycleEvent::date).isSorted();
	}

	// The fixtures: a document told in the registrar's words.

	private static StatusOnDate expect(Timeline t, String day, DocumentStatus status, Integer version,
			boolean citable) {
		StatusOnDate on = t.on(d(day));
		assertThat(on.status()).as("status on %s", day).isEqualTo(status);
		assertThat(on.status().isCitable()).as("may be cited on %s", day).isEqualTo(citable);
		assertThat((on.version() != null) ? on.version().versionNo() : null).as("version on %s", day)
			.isEqualTo(version);
		return on;
	}

	private static Document document() {
		return new Document();
	}

	private static LifecycleEvent.Term term(String from, String until) {
		return new LifecycleEvent.Term((from != null) ? d(from) : null, (until != null) ? d(until) : null);
	}

	private static EventBuilder event(LifecycleEventType type, String date, String effective) {
		return new EventBuilder(type, d(date), (effective != null) ? d(effective) : null);
	}

	private static LocalDate d(String date) {
		return LocalDate.parse(date);
	}

	private static final class Document {

		private LocalDate signed;

		private LocalDate effective;

		private LocalDate expiry;

		private final List<DocumentVersion> versions = new ArrayList<>(
				List.of(new DocumentVersion(1L, 1, null, null, null)));

		private final List<LifecycleEvent> events = new ArrayList<>();

		Document signed(String date) {
			this.signed = d(date);
			this.events.add(event(LifecycleEventType.PUBLISHED, date, null).build(this.events.size() + 1));
			return this;
		}

		Document inForceFrom(String date) {
			this.effective = d(date);
			this.versions.set(0, new DocumentVersion(1L, 1, null, d(date), null));
			return this;
		}

		Document until(String lastDay) {
			this.expiry = d(lastDay);
			return this;
		}

		Document amendedBy(long cause, String decided, String effective, LifecycleEvent.Term term,
				LifecycleEvent.Consolidation consolidation) {
			EventBuilder amendment = event(LifecycleEventType.AMENDED, decided, effective).cause(cause);
			amendment.term = term;
			amendment.consolidation = consolidation;
			return with(amendment);
		}

		Document withVersion(int versionNo, String validFrom) {
			this.versions.add(new DocumentVersion(1L, versionNo, null, d(validFrom), null));
			return this;
		}

		Document with(EventBuilder event) {
			this.events.add(event.build(this.events.size() + 1));
			return this;
		}

		Timeline timeline() {
			return new Timeline(this.signed, this.effective, this.expiry, this.versions, this.events);
		}

	}

	private static final class EventBuilder {

		private final LifecycleEventType type;

		private final LocalDate date;

		private final LocalDate effective;

		private Long cause;

		private String provisions;

		private String origin = "REGISTRAR";

		private LifecycleEvent.Term term;

		private LifecycleEvent.Consolidation consolidation;

		private LifecycleEvent.Withdrawal withdrawal;

		EventBuilder(LifecycleEventType type, LocalDate date, LocalDate effective) {
			this.type = type;
			this.date = date;
			this.effective = effective;
		}

		EventBuilder cause(long documentId) {
			this.cause = documentId;
			return this;
		}

		EventBuilder provisions(String provisions) {
			this.provisions = provisions;
			return this;
		}

		EventBuilder origin(String origin) {
			this.origin = origin;
			return this;
		}

		EventBuilder term(String from, String until) {
			this.term = LifecycleScenariosTest.term(from, until);
			return this;
		}

		EventBuilder withdrawn() {
			this.withdrawal = new LifecycleEvent.Withdrawal(Instant.parse("2025-01-01T00:00:00Z"), "登记员", "误录");
			return this;
		}

		LifecycleEvent build(long id) {
			return new LifecycleEvent(id, this.type, this.date, this.effective, null, this.cause,
					(this.cause != null) ? "《决定》" : null, this.provisions, this.origin, "登记员", "理由", this.term,
					this.consolidation, this.withdrawal);
		}

	}

}
