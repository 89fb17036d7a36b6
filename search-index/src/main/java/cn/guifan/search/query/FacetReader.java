package cn.guifan.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import org.jspecify.annotations.Nullable;

/** Reads the facet counts of a search from its aggregations. */
final class FacetReader {

	private FacetReader() {
	}

	static Facets read(DocumentQuery query, Map<String, Aggregate> aggs, long total) {
		List<FacetBucket> status = new ArrayList<>();
		if (query.inForceOnly()) {
			status.add(new FacetBucket(StatusFilter.IN_FORCE.code(), StatusFilter.IN_FORCE.label(), total, true));
		}
		else if (aggs.containsKey("status")) {
			Map<String, Aggregate> perStatus = aggs.get("status").filter().aggregations();
			for (StatusFilter filter : StatusFilter.values()) {
				Aggregate a = perStatus.get(filter.code());
				long count = (a != null) ? a.filter().docCount() : 0;
				status.add(new FacetBucket(filter.code(), filter.label(), count,
						query.statuses().contains(filter) && !query.allStatuses()));
			}
		}
		List<FacetBucket> kind = new ArrayList<>();
		for (StringTermsBucket b : stringBuckets(aggs, "kind")) {
			String code = b.key().stringValue();
			kind.add(new FacetBucket(code, HitReader.kindLabel(code), b.docCount(), query.kinds().contains(code)));
		}
		List<FacetBucket> issuer = new ArrayList<>();
		for (StringTermsBucket b : stringBuckets(aggs, "issuer")) {
			String name = b.key().stringValue();
			issuer.add(new FacetBucket(name, name, b.docCount(), query.issuers().contains(name)));
		}
		List<FacetBucket> year = new ArrayList<>();
		Aggregate yearAgg = values(aggs, "year");
		if (yearAgg != null && yearAgg.isLterms()) {
			for (LongTermsBucket b : yearAgg.lterms().buckets().array()) {
				year.add(new FacetBucket(Long.toString(b.key()), b.key() + "年", b.docCount(),
						query.years().contains((int) b.key())));
			}
		}
		List<FacetBucket> region = new ArrayList<>();
		for (StringTermsBucket b : stringBuckets(aggs, "region")) {
			String name = b.key().stringValue();
			region.add(new FacetBucket(name, name, b.docCount(), query.regions().contains(name)));
		}
		return new Facets(status, kind, issuer, year, region);
	}

	private static @Nullable Aggregate values(Map<String, Aggregate> aggs, String name) {
		Aggregate wrapper = aggs.get(name);
		if (wrapper == null || !wrapper.isFilter()) {
			return null;
		}
		return wrapper.filter().aggregations().get("values");
	}

	private static List<StringTermsBucket> stringBuckets(Map<String, Aggregate> aggs, String name) {
		Aggregate values = values(aggs, name);
		if (values == null || !values.isSterms()) {
			return List.of();
		}
		return values.sterms().buckets().array();
	}

}
