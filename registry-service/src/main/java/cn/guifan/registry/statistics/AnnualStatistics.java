package cn.guifan.registry.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.lifecycle.Timeline;
import cn.guifan.registry.lifecycle.Timelines;
import cn.guifan.schemas.document.DocumentKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Computes the annual table from the registry: which documents a government (with or
 * without its departments) made, when each was made and when it stopped being in force
 * (its timeline's end: 废止, 宣布失效 or 有效期届满). Counting each document in the year it was made
 * and the year it ended makes 现行有效(Y) = 现行有效(Y−1) + 制发(Y) − 废止(Y) hold for every year by
 * construction; the table says so and checks it.
 */
@Service
public class AnnualStatistics {

	private static final int PAGE = 500;

	static final List<DocumentKind> KINDS = List.of(DocumentKind.RULE, DocumentKind.NORMATIVE_DOCUMENT);

	private final Documents documents;

	private final Timelines timelines;

	private final Clock clock;

	AnnualStatistics(Documents documents, Timelines timelines, Clock clock) {
		this.documents = documents;
		this.timelines = timelines;
		this.clock = clock;
	}

	/** The table for a year. */
	public AnnualTable table(int year, @Nullable String issuer, boolean departments) {
		checkYear(year);
		Counted counted = count(issuer, departments);
		List<AnnualTable.Row> rows = new ArrayList<>();
		for (DocumentKind kind : KINDS) {
			List<Life> lives = counted.lives.stream().filter((l) -> l.kind == kind).toList();
			List<Life> made = lives.stream().filter((l) -> l.madeYear() == year).toList();
			List<Life> repealed = lives.stream().filter((l) -> l.endYear() == year).toList();
			List<Life> inForce = lives.stream().filter((l) -> l.inForceAtEndOf(year)).toList();
			int previous = (int) lives.stream().filter((l) -> l.inForceAtEndOf(year - 1)).count();
			rows.add(new AnnualTable.Row(kind.name(), kind.label(), cell(made, year), cell(repealed, year),
					cell(inForce, year), previous, inForce.size() == previous + made.size() - repealed.size()));
		}
		List<String> notes = List.of("本年制发：发布日期（无发布日期的按成文日期、施行日期）在本年的文件。",
				"本年废止：本年起不再有效的文件，含废止、宣布失效和有效期届满，以登记的立改废记录为准。", "现行有效：截至本年12月31日已制发且未废止、未失效的文件（已公布但尚未施行的也计入，并在清单中注明）。",
				"各数之间满足：现行有效 = 上年现行有效 + 本年制发 − 本年废止。", (issuer == null) ? "统计范围：登记库全部规章和行政规范性文件。"
						: "统计范围：" + issuer + (departments ? "及其所属部门" : "（不含所属部门）") + "制定（含联合制定）的规章和行政规范性文件。");
		return new AnnualTable(year, issuer, departments, rows,
				counted.undated.stream().map((l) -> l.item(null)).toList(), notes);
	}

	/** Each year's numbers, from the first year a document was made to this year. */
	public List<YearFigures> series(@Nullable String issuer, boolean departments) {
		Counted counted = count(issuer, departments);
		int first = counted.lives.stream().mapToInt(Life::madeYear).min().orElse(LocalDate.now(this.clock).getYear());
		int last = Math.max(LocalDate.now(this.clock).getYear(),
				counted.lives.stream().mapToInt(Life::madeYear).max().orElse(first));
		List<YearFigures> series = new ArrayList<>();
		for (int y = first; y <= last; y++) {
			int year = y;
			int[] f = new int[6];
			for (Life l : counted.lives) {
				int base = (l.kind == DocumentKind.RULE) ? 0 : 3;
				f[base] += (l.madeYear() == year) ? 1 : 0;
				f[base + 1] += (l.endYear() == year) ? 1 : 0;
				f[base + 2] += l.inForceAtEndOf(year) ? 1 : 0;
			}
			series.add(new YearFigures(year, f[0], f[1], f[2], f[3], f[4], f[5]));
		}
		return series;
	}

	private static void checkYear(int year) {
		if (year < 1949 || year > 2200) {
			throw new InvalidRequestException("year", "年份“" + year + "”无效");
		}
	}

	private static AnnualTable.Cell cell(List<Life> lives, int year) {
		return new AnnualTable.Cell(lives.size(),
				lives.stream()
					.sorted(Comparator.comparing((Life l) -> l.made, Comparator.nullsLast(Comparator.naturalOrder()))
						.thenComparingLong((l) -> l.summary.id()))
					.map((l) -> l.item(year))
					.toList());
	}

	/**
	 * The documents of the government's rules and normative documents, with their lives.
	 */
	private Counted count(@Nullable String issuer, boolean departments) {
		IssuerScope scope = (issuer == null || issuer.isBlank()) ? null : IssuerScope.of(issuer.strip(), departments);
		Counted counted = new Counted();
		long after = 0;
		List<Long> ids;
		while (!(ids = this.documents.idsAfter(after, PAGE)).isEmpty()) {
			after = ids.get(ids.size() - 1);
			Map<Long, DocumentSummary> summaries = this.documents.summaries(ids);
			List<Long> wanted = summaries.values()
				.stream()
				.filter((s) -> KINDS.contains(s.kind()) && (scope == null || scope.includes(s.issuers())))
				.map(DocumentSummary::id)
				.toList();
			Map<Long, Timeline> timelines = this.timelines.timelines(wanted);
			for (Long id : wanted) {
				DocumentSummary s = summaries.get(id);
				Timeline t = timelines.get(id);
				if (s == null || t == null) {
					continue;
				}
				LocalDate made = (s.publishedDate() != null) ? s.publishedDate()
						: (s.signedDate() != null) ? s.signedDate() : s.effectiveDate();
				Life life = new Life(s, s.kind(), made, t.end(), t.start());
				if (made == null || (life.ended != null && life.ended.getYear() < made.getYear())) {
					counted.undated.add(life);
				}
				else {
					counted.lives.add(life);
				}
			}
		}
		return counted;
	}

	private static final class Counted {

		final List<Life> lives = new ArrayList<>();

		final List<Life> undated = new ArrayList<>();

	}

	/** A document's dates that matter here. */
	private record Life(DocumentSummary summary, DocumentKind kind, @Nullable LocalDate made, @Nullable LocalDate ended,
			@Nullable LocalDate start) {

		int madeYear() {
			return (this.made != null) ? this.made.getYear() : Integer.MAX_VALUE;
		}

		int endYear() {
			return (this.ended != null) ? this.ended.getYear() : Integer.MAX_VALUE;
		}

		boolean inForceAtEndOf(int year) {
			return madeYear() <= year && endYear() > year;
		}

		AnnualTable.Item item(@Nullable Integer year) {
			String note = null;
			if (year != null && inForceAtEndOf(year) && this.start != null && this.start.getYear() > year) {
				note = "截至年底已公布，" + this.start + "起施行";
			}
			else if (this.made == null) {
				note = "无发布、成文和施行日期，未计入";
			}
			else if (this.ended != null && this.ended.getYear() < this.made.getYear()) {
				note = "失效日期早于发布日期，请核对后再计入";
			}
			return new AnnualTable.Item(this.summary.id(), this.summary.title(),
					(this.summary.docNumberNormalized() != null) ? this.summary.docNumberNormalized()
							: this.summary.docNumber(),
					String.join("、", this.summary.issuers()), this.made, this.ended, note);
		}

	}

}
