package cn.guifan.registry.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.document.Titles;
import cn.guifan.registry.lifecycle.LifecycleEvent;
import cn.guifan.registry.lifecycle.Relation;
import cn.guifan.registry.lifecycle.StatusOnDate;
import cn.guifan.registry.lifecycle.Timeline;
import cn.guifan.registry.lifecycle.Timelines;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.lifecycle.DocumentStatus;
import cn.guifan.schemas.lifecycle.LifecycleEventType;
import cn.guifan.schemas.lifecycle.RelationType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The candidate flags of documents, each explained in a sentence a registrar can check:
 * validity ending or ended, 暂行/试行 older than two years, no validity period and older than
 * five years, an upper-level document changed after it was made, citations of documents
 * no longer in force, a later document on the same subject, the campaign's keywords in
 * the text. Computed in batches: a fixed number of queries for any number of documents.
 */
@Component
class CandidateFlags {

	/** Local rules ask for an evaluation this long before a validity period ends. */
	static final int EVALUATION_MONTHS = 6;

	private static final Set<LifecycleEventType> CHANGES = Set.of(LifecycleEventType.AMENDED,
			LifecycleEventType.REVISED, LifecycleEventType.REPEALED, LifecycleEventType.DECLARED_INVALID,
			LifecycleEventType.PARTIALLY_INVALID);

	private static final Pattern ARTICLE = Pattern.compile("(?m)^[\\s\u3000]*(第[一二三四五六七八九十百千零〇两0-9]+条)");

	private static final int TEXT_BATCH = 200;

	private final Documents documents;

	private final Timelines timelines;

	private final SubjectWords subjects;

	private final Clock clock;

	CandidateFlags(Documents documents, Timelines timelines, cn.guifan.search.analysis.ChineseAnalyzer analyzer,
			Clock clock) {
		this.documents = documents;
		this.timelines = timelines;
		this.subjects = new SubjectWords(analyzer);
		this.clock = clock;
	}

	/**
	 * The flags of each document (every id gets an entry, maybe empty), in kind order.
	 */
	Map<Long, List<Flag>> compute(Collection<Long> ids, List<String> keywords) {
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, DocumentSummary> summaries = this.documents.summaries(ids);
		Map<Long, Timeline> timelines = this.timelines.timelines(summaries.keySet());
		Map<Long, List<Flag>> flags = new LinkedHashMap<>();
		for (long id : ids) {
			flags.put(id, new ArrayList<>());
		}
		summaries.forEach((id, s) -> periodFlags(s, today).forEach((f) -> add(flags, id, f)));
		citationFlags(summaries, flags, today);
		laterSameSubject(summaries, flags, today);
		if (!keywords.isEmpty()) {
			keywordFlags(summaries.keySet(), keywords, flags);
		}
		flags.values().forEach((list) -> list.sort(Comparator.comparing((Flag f) -> FlagKind.valueOf(f.code()))));
		return flags;
	}

	/**
	 * Validity ending or ended, trial documents and documents without a period grown old.
	 */
	static List<Flag> periodFlags(DocumentSummary s, LocalDate today) {
		List<Flag> flags = new ArrayList<>();
		LocalDate made = s.decided();
		LocalDate expiry = s.expiryDate();
		if (expiry != null) {
			if (expiry.isBefore(today)) {
				flags.add(Flag.of(FlagKind.EXPIRED, "有效期已于" + Dates.chinese(expiry) + "届满。"));
			}
			else if (!expiry.isAfter(today.plusMonths(EVALUATION_MONTHS))) {
				flags.add(Flag.of(FlagKind.EXPIRING, "有效期至" + Dates.chinese(expiry) + "，距今"
						+ ChronoUnit.DAYS.between(today, expiry) + "天，不足" + EVALUATION_MONTHS + "个月，应当评估是否延长。"));
			}
		}
		if (made != null && s.trial() && made.plusYears(2).isBefore(today)) {
			flags.add(Flag.of(FlagKind.TRIAL_OVERDUE,
					"本文件为暂行或试行文件，" + Dates.chinese(made) + "制定，已逾2年（暂行、试行文件有效期一般不超过2年）。"));
		}
		if (made != null && expiry == null && made.plusYears(5).isBefore(today)
				&& (s.kind() == DocumentKind.NORMATIVE_DOCUMENT || s.kind() == DocumentKind.RULE)) {
			flags.add(Flag.of(FlagKind.OLD_WITHOUT_PERIOD, "本文件未规定有效期，" + Dates.chinese(made) + "制定，已逾5年。"));
		}
		return flags;
	}

	/**
	 * What the documents cite or are based on: changed after they were made, or no longer
	 * in force.
	 */
	private void citationFlags(Map<Long, DocumentSummary> summaries, Map<Long, List<Flag>> flags, LocalDate today) {
		Map<Long, List<Relation>> relations = this.timelines.relationsFrom(summaries.keySet());
		Set<Long> targets = new HashSet<>();
		relations.values()
			.forEach((list) -> list.stream()
				.filter(CandidateFlags::isReference)
				.map(Relation::toDocumentId)
				.filter(java.util.Objects::nonNull)
				.forEach(targets::add));
		if (targets.isEmpty()) {
			return;
		}
		Map<Long, DocumentSummary> targetSummaries = this.documents.summaries(targets);
		Map<Long, Timeline> targetTimelines = this.timelines.timelines(targets);
		relations.forEach((id, list) -> {
			DocumentSummary s = summaries.get(id);
			if (s == null) {
				return;
			}
			LocalDate made = s.decided();
			Set<Long> seen = new HashSet<>();
			for (Relation relation : list) {
				Long target = relation.toDocumentId();
				if (!isReference(relation) || target == null || target == id || !seen.add(target)) {
					continue;
				}
				DocumentSummary cited = targetSummaries.get(target);
				Timeline timeline = targetTimelines.get(target);
				if (cited == null || timeline == null) {
					continue;
				}
				String how = (relation.type() == RelationType.BASED_ON) ? "所依据的" : "引用的";
				List<LifecycleEvent> changes = timeline.events()
					.stream()
					.filter((e) -> CHANGES.contains(e.type()) && (made == null || e.date().isAfter(made)))
					.toList();
				boolean endingReported = false;
				if (!changes.isEmpty()) {
					List<String> said = new ArrayList<>();
					for (LifecycleEvent e : changes.subList(Math.max(0, changes.size() - 3), changes.size())) {
						said.add(Dates.chinese(e.date()) + e.type().label()
								+ ((e.causedByText() != null) ? "（" + e.causedByText() + "）" : ""));
						endingReported |= e.type().ends();
					}
					add(flags, id,
							Flag.of(FlagKind.UPPER_LEVEL_CHANGED,
									how + cited.cause() + "在本文件制定"
											+ ((made != null) ? "（" + Dates.chinese(made) + "）" : "") + "后发生变化："
											+ String.join("；", said) + "。"));
				}
				StatusOnDate now = timeline.on(today);
				LifecycleEvent ending = now.endingEvent();
				// A document citing what it repealed itself (原《…》同时废止) is not flagged for
				// it.
				boolean endedByThisOne = ending != null && Long.valueOf(id).equals(ending.causedByDocumentId());
				if (!endingReported && !endedByThisOne && !now.status().isCitable()
						&& now.status() != DocumentStatus.NOT_YET_EFFECTIVE && now.status() != DocumentStatus.AMENDED) {
					add(flags, id, Flag.of(FlagKind.CITES_INVALID,
							how + cited.cause() + "已不再有效（" + now.status().label() + "：" + now.reason() + "）。"));
				}
			}
		});
	}

	private static LocalDate made(Map<Long, DocumentSummary> all, long id) {
		DocumentSummary s = all.get(id);
		LocalDate made = (s != null) ? s.decided() : null;
		return (made != null) ? made : LocalDate.MIN;
	}

	private static void add(Map<Long, List<Flag>> flags, long id, Flag flag) {
		flags.computeIfAbsent(id, (k) -> new ArrayList<>()).add(flag);
	}

	private static boolean isReference(Relation relation) {
		return relation.type() == RelationType.CITES || relation.type() == RelationType.BASED_ON;
	}

	/**
	 * A later document in force (or about to be) whose title has the same subject words:
	 * it may cover or replace this one.
	 */
	private void laterSameSubject(Map<Long, DocumentSummary> summaries, Map<Long, List<Flag>> flags, LocalDate today) {
		Map<Long, Set<String>> words = new HashMap<>();
		Map<String, List<Long>> byWord = new HashMap<>();
		Map<Long, DocumentSummary> all = new HashMap<>();
		long after = 0;
		while (true) {
			List<Long> page = this.documents.idsAfter(after, 1000);
			if (page.isEmpty()) {
				break;
			}
			after = page.get(page.size() - 1);
			this.documents.summaries(page).forEach((id, s) -> {
				if (s.kind() == DocumentKind.OTHER || s.decided() == null || Titles.amendedBy(s.title()) != null) {
					return;
				}
				Set<String> subject = this.subjects.of(s.title());
				if (subject.size() < 2) {
					return;
				}
				all.put(id, s);
				words.put(id, subject);
				subject.forEach((w) -> byWord.computeIfAbsent(w, (k) -> new ArrayList<>()).add(id));
			});
		}
		Map<Long, List<Long>> laterOnes = new LinkedHashMap<>();
		Set<Long> candidates = new HashSet<>();
		summaries.forEach((id, s) -> {
			Set<String> subject = words.get(id);
			LocalDate made = s.decided();
			if (subject == null || made == null) {
				return;
			}
			Set<Long> sharing = new LinkedHashSet<>();
			subject.forEach((w) -> sharing.addAll(byWord.getOrDefault(w, List.of())));
			List<Long> later = new ArrayList<>();
			for (long other : sharing) {
				DocumentSummary o = all.get(other);
				LocalDate otherMade = (o != null) ? o.decided() : null;
				if (other != id && o != null && otherMade != null && otherMade.isAfter(made)
						&& SubjectWords.same(subject, words.getOrDefault(other, Set.of()))) {
					later.add(other);
				}
			}
			if (!later.isEmpty()) {
				laterOnes.put(id, later);
				candidates.addAll(later);
			}
		});
		if (candidates.isEmpty()) {
			return;
		}
		Map<Long, Timeline> candidateTimelines = this.timelines.timelines(candidates);
		laterOnes.forEach((id, later) -> {
			Set<String> subject = words.getOrDefault(id, Set.of());
			later.stream().filter((other) -> {
				Timeline t = candidateTimelines.get(other);
				DocumentStatus status = (t != null) ? t.on(today).status() : DocumentStatus.EXPIRED;
				return status.isCitable() || status == DocumentStatus.NOT_YET_EFFECTIVE;
			}).sorted(Comparator.comparing((Long other) -> made(all, other))).limit(2).forEach((other) -> {
				DocumentSummary o = java.util.Objects.requireNonNull(all.get(other));
				Set<String> common = new LinkedHashSet<>(subject);
				common.retainAll(words.getOrDefault(other, Set.of()));
				add(flags, id, Flag.of(FlagKind.LATER_SAME_SUBJECT, Dates.chineseOrBlank(o.decided()) + "制定的"
						+ o.cause() + "与本文件标题主题相同（" + String.join("、", common) + "），可能已涵盖或替代本文件。"));
			});
		});
	}

	/** Where the campaign's keywords occur in each document's current text. */
	private void keywordFlags(Collection<Long> ids, List<String> keywords, Map<Long, List<Flag>> flags) {
		List<Long> all = List.copyOf(ids);
		for (int i = 0; i < all.size(); i += TEXT_BATCH) {
			Map<Long, String> latest = new HashMap<>();
			for (Documents.VersionText v : this.documents
				.versionTexts(all.subList(i, Math.min(all.size(), i + TEXT_BATCH)))) {
				latest.put(v.version().documentId(), v.text());
			}
			latest.forEach((id, text) -> {
				for (String keyword : keywords) {
					Flag flag = keywordFlag(text, keyword);
					if (flag != null) {
						add(flags, id, flag);
					}
				}
			});
		}
	}

	/**
	 * The keyword's count in the text and where it first occurs: the article and the
	 * words around it.
	 */
	static @Nullable Flag keywordFlag(String text, String keyword) {
		int first = text.indexOf(keyword);
		if (keyword.isBlank() || first < 0) {
			return null;
		}
		int count = 0;
		for (int at = first; at >= 0; at = text.indexOf(keyword, at + keyword.length())) {
			count++;
		}
		String article = null;
		Matcher m = ARTICLE.matcher(text);
		while (m.find() && m.start(1) <= first) {
			article = m.group(1);
		}
		int from = Math.max(0, first - 12);
		int to = Math.min(text.length(), first + keyword.length() + 12);
		String around = text.substring(from, to).replaceAll("\\s+", "");
		return Flag.of(FlagKind.KEYWORD, "正文出现清理关键词“" + keyword + "”" + count + "处，首次见于"
				+ ((article != null) ? article : "正文") + "：“…" + around + "…”。");
	}

}
