package cn.guifan.search.query;

import java.time.LocalDate;
import java.util.List;

import cn.guifan.search.index.DocumentFields;
import cn.guifan.schemas.lifecycle.DocumentStatus;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.RangeRelation;

/**
 * Filters by status on a date, from the fields every index entry carries: the days it is
 * in force ({@code inForce}, a date range), why it stopped ({@code endReason}) and
 * whether it is its document's newest version ({@code latest}). A hit's own status is
 * computed from the same fields by {@link cn.guifan.schemas.lifecycle.StatusRule}, the
 * rule the registry's timeline uses. Computing the status at query time keeps it right on
 * any day without reindexing, and makes "as of date D" the same code path as "today".
 * <p>
 * The entries a search on date D considers are, per document: the version in force on D,
 * if any; otherwise its newest version, with its status on D (not yet effective, repealed
 * or expired). Older versions that were superseded by an amendment are never shown on
 * their own.
 */
final class StatusQueries {

	private StatusQueries() {
	}

	/** Entries in force on the date. */
	static Query inForce(LocalDate date) {
		return Query.of((q) -> q.term((t) -> t.field(DocumentFields.IN_FORCE).value(FieldValue.of(iso(date)))));
	}

	/** Newest versions that come into force after the date. */
	static Query notYetEffective(LocalDate date) {
		return latestAnd(Query.of((q) -> q.range((r) -> r.date((d) -> d.field(DocumentFields.IN_FORCE)
			.gt(iso(date))
			.format("yyyy-MM-dd")
			.relation(RangeRelation.Within)))));
	}

	/**
	 * Newest versions whose time in force ended before the date, for the given reason.
	 */
	static Query ended(LocalDate date, StatusFilter reason) {
		Query endedBefore = Query.of((q) -> q.range((r) -> r.date((d) -> d.field(DocumentFields.IN_FORCE)
			.lte(iso(date.minusDays(1)))
			.format("yyyy-MM-dd")
			.relation(RangeRelation.Within))));
		// A version never in force (it ended the day it began) has no range: ended on any
		// day.
		Query neverInForce = Query
			.of((q) -> q.bool((b) -> b.mustNot((m) -> m.exists((e) -> e.field(DocumentFields.IN_FORCE)))));
		Query endedOrNever = Query
			.of((q) -> q.bool((b) -> b.should(endedBefore, neverInForce).minimumShouldMatch("1")));
		Query repealed = Query
			.of((q) -> q.term((t) -> t.field(DocumentFields.END_REASON).value(DocumentStatus.REPEALED.name())));
		return Query.of((q) -> q.bool((b) -> {
			b.filter((f) -> f.term((t) -> t.field(DocumentFields.LATEST).value(true))).filter(endedOrNever);
			if (reason == StatusFilter.REPEALED) {
				b.filter(repealed);
			}
			else {
				b.mustNot(repealed);
			}
			return b;
		}));
	}

	/** The entries of one status filter on the date. */
	static Query of(StatusFilter filter, LocalDate date) {
		return switch (filter) {
			case IN_FORCE -> inForce(date);
			case NOT_YET_EFFECTIVE -> notYetEffective(date);
			case REPEALED, EXPIRED -> ended(date, filter);
		};
	}

	/** The entries of any of the given status filters on the date. */
	static Query anyOf(Iterable<StatusFilter> filters, LocalDate date) {
		List<Query> clauses = new java.util.ArrayList<>();
		for (StatusFilter filter : filters) {
			clauses.add(of(filter, date));
		}
		if (clauses.size() == 1) {
			return clauses.get(0);
		}
		return Query.of((q) -> q.bool((b) -> b.should(clauses).minimumShouldMatch("1")));
	}

	private static Query latestAnd(Query query) {
		return Query.of((q) -> q
			.bool((b) -> b.filter((f) -> f.term((t) -> t.field(DocumentFields.LATEST).value(true))).filter(query)));
	}

	static String iso(LocalDate date) {
		return date.toString();
	}

}
