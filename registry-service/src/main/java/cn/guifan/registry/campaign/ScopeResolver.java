package cn.guifan.registry.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.lifecycle.Relation;
import cn.guifan.registry.lifecycle.Timeline;
import cn.guifan.registry.lifecycle.Timelines;
import cn.guifan.registry.search.RegistrySearch;
import cn.guifan.registry.search.SearchResults;
import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.lifecycle.RelationType;
import cn.guifan.search.query.DocumentQuery;
import cn.guifan.search.query.HitOrder;
import cn.guifan.search.query.StatusFilter;
import org.springframework.stereotype.Component;

/**
 * Finds the documents a scope selects: the documents that pass every filter, plus the
 * ones listed and the impact list of a changed document. A search query goes to the
 * search index (the same query model as the search page, restricted documents included,
 * every status); the other filters are checked on the registry's records.
 */
@Component
class ScopeResolver {

	private static final int PAGE = 1000;

	private final Documents documents;

	private final Timelines timelines;

	private final RegistrySearch search;

	ScopeResolver(Documents documents, Timelines timelines, RegistrySearch search) {
		this.documents = documents;
		this.timelines = timelines;
		this.search = search;
	}

	/**
	 * The documents in scope, filtered ones first (in id order), then the listed ones.
	 */
	Set<Long> resolve(Scope scope) {
		List<String> kinds = kinds(scope.kinds());
		if (scope.from() != null && scope.to() != null && scope.to().isBefore(scope.from())) {
			throw new InvalidRequestException("scope.to", "成文日期范围有误：截止日期 " + scope.to() + " 早于起始日期 " + scope.from());
		}
		Set<Long> ids = new LinkedHashSet<>();
		if (scope.hasFilters()) {
			if (scope.query() != null) {
				ids.addAll(filter(searched(scope.query(), kinds), scope, kinds));
			}
			else {
				long after = 0;
				while (true) {
					List<Long> page = this.documents.idsAfter(after, PAGE);
					if (page.isEmpty()) {
						break;
					}
					after = page.get(page.size() - 1);
					ids.addAll(filter(page, scope, kinds));
				}
			}
		}
		if (!scope.documentIds().isEmpty()) {
			Map<Long, DocumentSummary> listed = this.documents.summaries(scope.documentIds());
			for (long id : scope.documentIds()) {
				if (!listed.containsKey(id)) {
					throw new InvalidRequestException("scope.documentIds", "找不到编号为 " + id + " 的文件");
				}
				ids.add(id);
			}
		}
		if (scope.impactOf() != null) {
			ids.addAll(impactOf(scope.impactOf()));
		}
		return ids;
	}

	/**
	 * The documents based on, or citing, a document: what a change of it may affect, in
	 * id order.
	 */
	List<Long> impactOf(long documentId) {
		if (!this.documents.exists(documentId)) {
			throw new InvalidRequestException("scope.impactOf", "找不到编号为 " + documentId + " 的文件");
		}
		Set<Long> impact = new java.util.TreeSet<>();
		for (Relation relation : this.timelines.relationsTo(documentId)) {
			if ((relation.type() == RelationType.BASED_ON || relation.type() == RelationType.CITES)
					&& relation.fromDocumentId() != documentId) {
				impact.add(relation.fromDocumentId());
			}
		}
		return List.copyOf(impact);
	}

	private List<Long> filter(Collection<Long> ids, Scope scope, List<String> kinds) {
		List<Long> passed = new ArrayList<>();
		Map<Long, DocumentSummary> summaries = this.documents.summaries(ids);
		for (DocumentSummary s : summaries.values()) {
			if (issuedBy(s, scope.issuers()) && (kinds.isEmpty() || kinds.contains(s.kind().name()))
					&& madeWithin(s, scope.from(), scope.to())) {
				passed.add(s.id());
			}
		}
		LocalDate day = scope.inForceOn();
		if (day == null || passed.isEmpty()) {
			return passed;
		}
		Map<Long, Timeline> timelines = this.timelines.timelines(passed);
		return passed.stream().filter((id) -> {
			Timeline t = timelines.get(id);
			return t != null && t.on(day).status().isCitable();
		}).toList();
	}

	private static boolean issuedBy(DocumentSummary s, List<String> issuers) {
		if (issuers.isEmpty()) {
			return true;
		}
		for (String issuer : s.issuers()) {
			for (String wanted : issuers) {
				if (issuer.equals(wanted) || issuer.startsWith(wanted)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean madeWithin(DocumentSummary s, @org.jspecify.annotations.Nullable LocalDate from,
			@org.jspecify.annotations.Nullable LocalDate to) {
		if (from == null && to == null) {
			return true;
		}
		LocalDate made = s.decided();
		return made != null && (from == null || !made.isBefore(from)) && (to == null || !made.isAfter(to));
	}

	/** Every document the search finds (its first 10,000), whatever its status. */
	private List<Long> searched(String query, List<String> kinds) {
		Set<Long> found = new LinkedHashSet<>();
		int size = DocumentQuery.MAX_PAGE_SIZE;
		for (int page = 1; (long) page * size <= DocumentQuery.MAX_RESULT_WINDOW; page++) {
			DocumentQuery q = DocumentQuery.builder(query)
				.page(page)
				.size(size)
				.includeRestricted(true)
				.statuses(StatusFilter.all())
				.kinds(kinds)
				.order(HitOrder.RELEVANCE)
				.facets(false)
				.build();
			SearchResults results = this.search.search(q);
			results.hits().forEach((hit) -> found.add(Long.valueOf(hit.id())));
			if ((long) page * size >= results.total()) {
				break;
			}
		}
		return List.copyOf(found);
	}

	private static List<String> kinds(List<String> kinds) {
		List<String> codes = new ArrayList<>();
		for (String kind : kinds) {
			codes.add(DocumentKind.fromText(kind)
				.orElseThrow(() -> new InvalidRequestException("scope.kinds",
						"未知的效力级别“" + kind + "”，可用：法律、行政法规、地方性法规、规章、行政规范性文件、司法解释、其他文件"))
				.name());
		}
		return codes;
	}

}
