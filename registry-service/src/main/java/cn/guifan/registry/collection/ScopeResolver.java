package cn.guifan.registry.collection;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.lifecycle.StatusOnDate;
import cn.guifan.registry.lifecycle.Timeline;
import cn.guifan.registry.lifecycle.Timelines;
import cn.guifan.registry.ledger.CampaignDecisions;
import cn.guifan.registry.search.DocumentHit;
import cn.guifan.registry.search.RegistrySearch;
import cn.guifan.registry.search.SearchResults;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.lifecycle.DocumentStatus;
import cn.guifan.search.query.DocumentQuery;
import cn.guifan.search.query.StatusFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Which documents a definition takes, in which parts and order: the scope's filters, the
 * status on the as-of date (a collection of what is in force takes nothing repealed,
 * expired or not yet in force), then the grouping (法律 → 行政法规 → 地方性法规 → 规章 → 行政规范性文件 →
 * 司法解释 by kind) and the order within each part. The registry is read a page at a time;
 * only the ids and a few fields of what is taken are kept.
 */
// Named: the campaign feature has a ScopeResolver of its own.
@Component("collectionScopeResolver")
class ScopeResolver {

	private static final int PAGE = 500;

	private static final String[] NUMERALS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

	private final Documents documents;

	private final Timelines timelines;

	private final CampaignDecisions campaigns;

	private final ObjectProvider<RegistrySearch> search;

	ScopeResolver(Documents documents, Timelines timelines, CampaignDecisions campaigns,
			ObjectProvider<RegistrySearch> search) {
		this.documents = documents;
		this.timelines = timelines;
		this.campaigns = campaigns;
		this.search = search;
	}

	/**
	 * What the definition takes.
	 *
	 * @param items the documents in order, with their parts
	 * @param allPublic whether every one of them is public
	 */
	record Resolution(List<CompiledCollection.Item> items, boolean allPublic) {
	}

	Resolution resolve(CollectionDefinition definition) {
		CollectionDefinition.Scope scope = definition.scope();
		Set<Long> restrictTo = null;
		if (!scope.documentIds().isEmpty()) {
			restrictTo = new HashSet<>(scope.documentIds());
		}
		if (scope.campaign() != null) {
			List<Long> continued = this.campaigns.continuedInForce(scope.campaign())
				.orElseThrow(() -> new InvalidRequestException("scope.campaign",
						"找不到清理活动“" + scope.campaign() + "”已公布的继续有效目录"));
			restrictTo = intersect(restrictTo, continued);
		}
		if (scope.query() != null) {
			restrictTo = intersect(restrictTo, searched(scope.query(), definition.asOf()));
		}
		List<Candidate> taken = new ArrayList<>();
		boolean allPublic = true;
		if (restrictTo != null) {
			List<Long> ids = restrictTo.stream().sorted().toList();
			for (int from = 0; from < ids.size(); from += PAGE) {
				allPublic &= take(ids.subList(from, Math.min(ids.size(), from + PAGE)), definition, taken);
			}
		}
		else {
			long after = 0;
			List<Long> ids;
			while (!(ids = this.documents.idsAfter(after, PAGE)).isEmpty()) {
				allPublic &= take(ids, definition, taken);
				after = ids.get(ids.size() - 1);
			}
		}
		return new Resolution(arrange(taken, definition), allPublic);
	}

	/**
	 * Takes the documents of a page that are in scope; whether all those taken are
	 * public.
	 */
	private boolean take(List<Long> ids, CollectionDefinition definition, List<Candidate> taken) {
		CollectionDefinition.Scope scope = definition.scope();
		Map<Long, DocumentSummary> summaries = this.documents.summaries(ids);
		List<Long> matching = new ArrayList<>();
		for (DocumentSummary s : summaries.values()) {
			if (matches(s, scope)) {
				matching.add(s.id());
			}
		}
		boolean allPublic = true;
		Map<Long, Timeline> timelines = this.timelines.timelines(matching);
		for (Long id : matching) {
			DocumentSummary s = summaries.get(id);
			Timeline timeline = timelines.get(id);
			if (s == null || timeline == null) {
				continue;
			}
			StatusOnDate status = timeline.on(definition.asOf());
			boolean inForce = status.status() == DocumentStatus.IN_FORCE
					|| status.status() == DocumentStatus.PARTIALLY_INVALID;
			if (status.status() == DocumentStatus.NOT_YET_EFFECTIVE || (!inForce && !scope.includeNotInForce())) {
				continue;
			}
			allPublic &= s.isPublic();
			taken.add(new Candidate(s, status.status()));
		}
		return allPublic;
	}

	static boolean matches(DocumentSummary s, CollectionDefinition.Scope scope) {
		if (!scope.includeRestricted() && !s.isPublic()) {
			return false;
		}
		if (scope.kinds().isEmpty() ? s.kind() == DocumentKind.OTHER : !scope.kinds().contains(s.kind())) {
			return false;
		}
		if (!scope.issuers().isEmpty()
				&& s.issuers().stream().noneMatch((i) -> scope.issuers().stream().anyMatch(i::startsWith))) {
			return false;
		}
		return scope.subjects().isEmpty() || (s.topic() != null && scope.subjects().contains(s.topic()));
	}

	private List<Long> searched(String query, LocalDate asOf) {
		RegistrySearch registrySearch = this.search.getIfAvailable();
		if (registrySearch == null) {
			throw new InvalidRequestException("scope.query", "检索服务未启用，无法按检索词确定收录范围");
		}
		List<Long> ids = new ArrayList<>();
		int size = DocumentQuery.MAX_PAGE_SIZE;
		for (int page = 1; (long) page * size <= DocumentQuery.MAX_RESULT_WINDOW; page++) {
			DocumentQuery q = DocumentQuery.builder(query)
				.includeRestricted(true)
				.asOf(asOf)
				.statuses(EnumSet.allOf(StatusFilter.class))
				.facets(false)
				.size(size)
				.page(page)
				.build();
			SearchResults results = registrySearch.search(q);
			for (DocumentHit hit : results.hits()) {
				ids.add(Long.parseLong(hit.id()));
			}
			if ((long) page * size >= results.total() || results.hits().isEmpty()) {
				break;
			}
		}
		return ids;
	}

	private static Set<Long> intersect(@Nullable Set<Long> current, List<Long> ids) {
		Set<Long> next = new HashSet<>(ids);
		if (current != null) {
			next.retainAll(current);
		}
		return next;
	}

	/**
	 * Groups into parts, orders the parts and the documents within each, numbers them.
	 */
	static List<CompiledCollection.Item> arrange(List<Candidate> taken, CollectionDefinition definition) {
		Collator collator = Collator.getInstance(Locale.CHINA);
		Map<String, Part> parts = new LinkedHashMap<>();
		for (Candidate c : taken) {
			String name = partOf(c.summary(), definition.groupBy());
			parts.computeIfAbsent(name, (k) -> new Part(k, partRank(c.summary(), k, definition.groupBy())))
				.documents()
				.add(c);
		}
		List<Part> ordered = new ArrayList<>(parts.values());
		ordered.sort(Comparator.comparingLong(Part::rank).thenComparing(Part::name, collator::compare));
		Comparator<Candidate> within = switch (definition.order()) {
			case DATE -> Comparator.comparing(Candidate::date, Comparator.nullsLast(Comparator.naturalOrder()));
			case DATE_DESC -> Comparator.comparing(Candidate::date, Comparator.nullsLast(Comparator.reverseOrder()));
			case TITLE -> (a, b) -> collator.compare(a.summary().title(), b.summary().title());
		};
		within = within.thenComparing((a, b) -> collator.compare(a.summary().title(), b.summary().title()))
			.thenComparing((c) -> c.summary().id());
		List<CompiledCollection.Item> items = new ArrayList<>();
		int position = 0;
		int partNo = 0;
		for (Part part : ordered) {
			List<Candidate> documents = part.documents();
			documents.sort(within);
			String name = part.name();
			boolean grouped = definition.groupBy() != CollectionDefinition.GroupBy.NONE;
			partNo = grouped ? partNo + 1 : 0;
			String partTitle = grouped ? numeral(partNo) + "、" + name : "";
			for (Candidate c : documents) {
				String title = (c.status() == DocumentStatus.IN_FORCE || c.status() == DocumentStatus.PARTIALLY_INVALID)
						? c.summary().title() : c.summary().title() + "【" + c.status().label() + "】";
				items.add(new CompiledCollection.Item(++position, c.summary().id(), partNo, partTitle, title,
						c.status().name()));
			}
		}
		return items;
	}

	private static String partOf(DocumentSummary s, CollectionDefinition.GroupBy groupBy) {
		return switch (groupBy) {
			case KIND -> s.kind().label();
			case ISSUER -> (s.leadIssuer() != null) ? s.leadIssuer() : "制定机关不详";
			case SUBJECT -> (s.topic() != null && !s.topic().isBlank()) ? s.topic() : "未分类";
			case YEAR -> (s.decided() != null) ? s.decided().getYear() + "年" : "日期不详";
			case NONE -> "";
		};
	}

	/** Kinds by rank of force; a government before its departments; years in order. */
	private static long partRank(DocumentSummary s, String part, CollectionDefinition.GroupBy groupBy) {
		return switch (groupBy) {
			case KIND -> s.kind().ordinal();
			case ISSUER -> part.endsWith("人民政府") ? 0 : part.endsWith("人民政府办公室") ? 1 : 2;
			case SUBJECT -> part.equals("未分类") ? 1 : 0;
			case YEAR -> (s.decided() != null) ? s.decided().getYear() : Long.MAX_VALUE;
			case NONE -> 0;
		};
	}

	static String numeral(int n) {
		if (n <= 10) {
			return NUMERALS[n - 1];
		}
		if (n < 20) {
			return "十" + NUMERALS[n - 11];
		}
		if (n < 100) {
			return NUMERALS[n / 10 - 1] + "十" + ((n % 10 == 0) ? "" : NUMERALS[n % 10 - 1]);
		}
		return Integer.toString(n);
	}

	/** A part being filled: its name, its rank among the parts, its documents. */
	private record Part(String name, long rank, List<Candidate> documents) {

		Part(String name, long rank) {
			this(name, rank, new ArrayList<>());
		}

	}

	/**
	 * A document taken, with its status on the date.
	 *
	 * @param summary its metadata
	 * @param status its status on the as-of date
	 */
	record Candidate(DocumentSummary summary, DocumentStatus status) {

		@Nullable LocalDate date() {
			return (this.summary.publishedDate() != null) ? this.summary.publishedDate() : this.summary.decided();
		}

	}

}
