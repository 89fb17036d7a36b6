package cn.guifan.registry.citation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.ingest.metadata.MetadataExtractor;
import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.document.Titles;
import cn.guifan.registry.document.Visibility;
import cn.guifan.registry.lifecycle.LifecycleEvent;
import cn.guifan.registry.lifecycle.ReferenceResolver;
import cn.guifan.registry.lifecycle.Relation;
import cn.guifan.registry.lifecycle.Timeline;
import cn.guifan.registry.lifecycle.Timelines;
import cn.guifan.schemas.document.Citation;
import cn.guifan.schemas.lifecycle.RelationType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Checks every 《》 citation of a draft against the registry: is what it cites in force on
 * the day the draft will be issued, has it been amended, repealed, replaced, is it in the
 * registry at all, and do the printed doc number and title belong to the same document.
 */
@Service
public class CitationChecker {

	/**
	 * A draft of 30 pages is about 30,000 characters; this leaves ample room. Files are
	 * read up to this length and no further.
	 */
	public static final int MAX_TEXT = 2_000_000;

	private static final Pattern YEAR_IN_TITLE = Pattern.compile("((?:19|20)\\d{2})年");

	private final MetadataExtractor extractor = MetadataExtractor.standard();

	private final ReferenceResolver resolver;

	private final ValidityService validity;

	private final Timelines timelines;

	private final Documents documents;

	private final Visibility visibility;

	private final Clock clock;

	CitationChecker(ReferenceResolver resolver, ValidityService validity, Timelines timelines, Documents documents,
			Visibility visibility, Clock clock) {
		this.resolver = resolver;
		this.validity = validity;
		this.timelines = timelines;
		this.documents = documents;
		this.visibility = visibility;
		this.clock = clock;
	}

	public CitationCheckResult check(@Nullable String text, @Nullable LocalDate date, boolean includeRestricted) {
		if (text == null || text.isBlank()) {
			throw new InvalidRequestException("text", "请粘贴或上传要核查的文稿");
		}
		if (text.length() > MAX_TEXT) {
			throw new InvalidRequestException("text", "文稿过长（" + text.length() + " 字），上限为 " + MAX_TEXT + " 字");
		}
		LocalDate day = (date != null) ? date : LocalDate.now(this.clock);
		List<Citation> citations = this.extractor.extract(text, "draft.txt").citations();
		List<CitationCheckResult.Finding> findings = new ArrayList<>();
		Map<Verdict, Long> summary = new EnumMap<>(Verdict.class);
		for (Citation citation : citations) {
			CitationCheckResult.Finding finding = check(citation, text, day, includeRestricted);
			findings.add(finding);
			summary.merge(finding.verdict(), 1L, Long::sum);
		}
		return new CitationCheckResult(day, summary, findings);
	}

	private CitationCheckResult.Finding check(Citation c, String text, LocalDate day, boolean includeRestricted) {
		String number = (c.docNumber() != null) ? c.docNumber().normalized() : null;
		List<Long> byNumber = visible((number != null) ? this.resolver.candidates(number, null) : List.of(),
				includeRestricted);
		List<Long> byTitle = visible(this.resolver.candidates(null, c.title()), includeRestricted);
		String context = context(text, c.span().start(), c.span().end());
		String printedNumber = (c.docNumber() != null) ? c.docNumber().printed() : null;

		String mismatch = null;
		Set<Long> target = new LinkedHashSet<>();
		if (number != null && c.docNumber() != null) {
			Integer titleYear = yearIn(c.title());
			Integer numberYear = c.docNumber().year();
			if (titleYear != null && numberYear != null && numberYear < titleYear) {
				mismatch = "标题所述年份为 " + titleYear + " 年，发文字号的年份却是 " + numberYear + " 年，请核对发文字号";
			}
			Set<Long> both = new LinkedHashSet<>(byNumber);
			both.retainAll(byTitle);
			if (!both.isEmpty()) {
				target.addAll(both);
			}
			else if (!byNumber.isEmpty() && !byTitle.isEmpty()) {
				mismatch = "发文字号 " + number + " 对应" + Titles.quoted(title(byNumber.get(0))) + "，与所引标题不是同一文件";
				target.addAll(byTitle);
			}
			else if (byNumber.isEmpty() && !byTitle.isEmpty()) {
				String actual = this.documents.summary(byTitle.get(0))
					.map(DocumentSummary::docNumberNormalized)
					.orElse(null);
				if (actual != null && !actual.equals(number)) {
					mismatch = Titles.quoted(c.title()) + "的发文字号为 " + actual + "，不是 " + number;
				}
				target.addAll(byTitle);
			}
			else {
				target.addAll(byNumber);
			}
		}
		else {
			target.addAll(byTitle);
		}
		List<ValidityAnswer.Match> matches = target.stream()
			.map((id) -> this.validity.match(id, day, includeRestricted))
			.toList();
		if (mismatch != null) {
			return finding(c, printedNumber, context, Verdict.NUMBER_TITLE_MISMATCH, mismatch, matches);
		}
		if (matches.isEmpty()) {
			return finding(c, printedNumber, context, Verdict.NOT_IN_REGISTRY,
					"登记库没有收录" + Titles.quoted(c.title()) + "，无法确认其效力，请向制定机关核实", matches);
		}
		if (matches.size() > 1) {
			return finding(c, printedNumber, context, Verdict.AMBIGUOUS,
					"有 " + matches.size() + " 个文件名为" + Titles.quoted(c.title()) + "，请写明发文字号", matches);
		}
		ValidityAnswer.Match m = matches.get(0);
		String successor = (m.successor() != null) ? "，后继文件为" + Titles.quoted(m.successor().title()) : "";
		return switch (cn.guifan.schemas.lifecycle.DocumentStatus.valueOf(m.status())) {
			case NOT_YET_EFFECTIVE -> finding(c, printedNumber, context, Verdict.NOT_YET_EFFECTIVE,
					Titles.quoted(m.title()) + m.reason() + "，" + day + " 尚未生效", matches);
			case REPEALED -> finding(c, printedNumber, context, Verdict.REPEALED,
					Titles.quoted(m.title()) + m.reason() + successor, matches);
			case EXPIRED -> finding(c, printedNumber, context, Verdict.EXPIRED,
					Titles.quoted(m.title()) + m.reason() + successor, matches);
			default -> {
				String amendedBy = (number != null) ? amendedSince(m.id(), day, includeRestricted) : null;
				if (amendedBy != null) {
					yield finding(c, printedNumber, context, Verdict.AMENDED,
							Titles.quoted(m.title()) + "已被" + amendedBy + "修改，请引用修改后的现行文本", matches);
				}
				yield finding(c, printedNumber, context, Verdict.OK,
						Titles.quoted(m.title()) + day + " " + m.statusLabel() + "（" + m.reason() + "）", matches);
			}
		};
	}

	/**
	 * The amending document, when a document cited by its number was amended by another
	 * one; named only as far as the asker may see it.
	 */
	private @Nullable String amendedSince(long id, LocalDate day, boolean includeRestricted) {
		Timeline timeline = this.timelines.timeline(id);
		for (LifecycleEvent e : timeline.events()) {
			Long cause = e.causedByDocumentId();
			if (e.type().makesVersion() && cause != null && !day.isBefore(e.takesEffect())) {
				if (!this.visibility.maySee(cause, includeRestricted)) {
					return Visibility.HIDDEN_DOCUMENT;
				}
				return (e.causedByText() != null) ? e.causedByText() : Titles.quoted(title(cause));
			}
		}
		for (Relation relation : this.timelines.relationsTo(id)) {
			if (relation.type() == RelationType.AMENDS) {
				return this.visibility.maySee(relation.fromDocumentId(), includeRestricted)
						? Titles.quoted(title(relation.fromDocumentId())) : Visibility.HIDDEN_DOCUMENT;
			}
		}
		return null;
	}

	private List<Long> visible(List<Long> ids, boolean includeRestricted) {
		return List.copyOf(this.visibility.visible(ids, includeRestricted));
	}

	private String title(long id) {
		return this.documents.summary(id).map(DocumentSummary::title).orElse("");
	}

	private static CitationCheckResult.Finding finding(Citation c, @Nullable String number, String context,
			Verdict verdict, String message, List<ValidityAnswer.Match> matches) {
		return new CitationCheckResult.Finding(c.title(), number, c.span().start(), c.span().end(), context, verdict,
				verdict.label(), message, matches);
	}

	private static @Nullable Integer yearIn(String title) {
		Matcher m = YEAR_IN_TITLE.matcher(title);
		return m.find() ? Integer.valueOf(m.group(1)) : null;
	}

	/** The sentence around a citation, for a person to find it in the draft. */
	static String context(String text, int start, int end) {
		int from = start;
		while (from > 0 && from > start - 60 && "。；！？\n".indexOf(text.charAt(from - 1)) < 0) {
			from--;
		}
		int to = end;
		while (to < text.length() && to < end + 60 && "。；！？\n".indexOf(text.charAt(to)) < 0) {
			to++;
		}
		return text.substring(from, Math.min(text.length(), to + ((to < text.length()) ? 1 : 0))).strip();
	}

}
