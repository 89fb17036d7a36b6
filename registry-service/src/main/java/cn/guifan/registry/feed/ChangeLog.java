package cn.guifan.registry.feed;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import cn.guifan.registry.common.Keyset;
import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.lifecycle.Timelines;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The registry's changes in the order they were recorded, merged from the documents
 * stored, the versions added and the lifecycle events recorded, read a window at a time
 * from each and filtered to the documents a feed may show (public ones, of an issuer, one
 * document). A position is a {@link Cursor}, so a page costs the same wherever it is.
 */
@Component
class ChangeLog {

	/**
	 * Above this many documents, an issuer's changes are found by filtering, not by id.
	 */
	private static final int MAX_IDS = 1000;

	private static final Comparator<Change> OLDEST_FIRST = Comparator.comparing(Change::at)
		.thenComparingInt((c) -> c.kind().ordinal())
		.thenComparingLong(Change::rowId);

	private final Documents documents;

	private final Timelines timelines;

	ChangeLog(Documents documents, Timelines timelines) {
		this.documents = documents;
		this.timelines = timelines;
	}

	/**
	 * Which documents a feed shows.
	 *
	 * @param only the documents, when few enough to name (null: any)
	 * @param accepts what a document must be besides public
	 */
	record Scope(@Nullable Collection<Long> only, Predicate<DocumentSummary> accepts) {

		static Scope all() {
			return new Scope(null, (s) -> true);
		}

		static Scope document(long id) {
			return new Scope(List.of(id), (s) -> s.id() == id);
		}

	}

	/**
	 * The scope of an issuer's documents, or null when the registry holds none of theirs.
	 */
	@Nullable Scope issuer(String issuer) {
		List<Long> ids = this.documents.idsIssuedBy(issuer);
		if (ids.isEmpty()) {
			return null;
		}
		return new Scope((ids.size() <= MAX_IDS) ? ids : null, (s) -> s.issuers().contains(issuer));
	}

	/**
	 * A page of changes, newest first.
	 * @param scope which documents
	 * @param position where the page starts (null: the newest changes)
	 * @param newer whether the page is the changes just newer than the position (else
	 * just older)
	 * @param size changes per page
	 */
	Page page(Scope scope, @Nullable Cursor position, boolean newer, int size) {
		List<Change> kept = new ArrayList<>();
		Cursor at = position;
		int chunk = Math.max(size + 1, 50);
		boolean exhausted = false;
		while (kept.size() <= size && !exhausted) {
			List<Change> window = window(scope.only(), at, newer, chunk);
			exhausted = window.size() < chunk;
			Set<Long> ids = new LinkedHashSet<>();
			window.forEach((c) -> ids.add(c.documentId()));
			Map<Long, DocumentSummary> summaries = this.documents.summaries(ids);
			for (Change change : window) {
				at = change.cursor();
				DocumentSummary s = summaries.get(change.documentId());
				if (s != null && s.isPublic() && scope.accepts().test(s)) {
					kept.add(change);
					if (kept.size() > size) {
						break;
					}
				}
			}
		}
		boolean more = kept.size() > size;
		List<Change> changes = new ArrayList<>(kept.subList(0, Math.min(size, kept.size())));
		Set<Long> ids = new LinkedHashSet<>();
		changes.forEach((c) -> ids.add(c.documentId()));
		Map<Long, DocumentSummary> summaries = this.documents.summaries(ids);
		if (newer) {
			Collections.reverse(changes);
			return new Page(changes, summaries, true, more);
		}
		return new Page(changes, summaries, more, position != null);
	}

	/**
	 * The first {@code limit} changes after the position in the direction asked, from all
	 * three sources merged: each source gives its first {@code limit}, so the first
	 * {@code limit} of their union are the first of all.
	 */
	private List<Change> window(@Nullable Collection<Long> only, @Nullable Cursor at, boolean newer, int limit) {
		List<Change> all = new ArrayList<>();
		for (Documents.Stored s : this.documents.stored(keyset(at, Change.Kind.DOCUMENT, newer, limit), only)) {
			all.add(new Change(Change.Kind.DOCUMENT, s.documentId(), s.documentId(), s.at(), null, null));
		}
		for (Documents.AddedVersion v : this.documents.addedVersions(keyset(at, Change.Kind.VERSION, newer, limit),
				only)) {
			all.add(new Change(Change.Kind.VERSION, v.documentId(), v.rowId(), v.at(), v, null));
		}
		for (Timelines.RecordedEvent e : this.timelines.changesRecorded(keyset(at, Change.Kind.EVENT, newer, limit),
				only)) {
			all.add(new Change(Change.Kind.EVENT, e.documentId(), e.event().id(), e.recordedAt(), null, e));
		}
		all.sort(newer ? OLDEST_FIRST : OLDEST_FIRST.reversed());
		return all.subList(0, Math.min(limit, all.size()));
	}

	/** The window of one source, its own kind split at the cursor's id. */
	private static Keyset keyset(@Nullable Cursor at, Change.Kind kind, boolean newer, int limit) {
		if (at == null) {
			return Keyset.newest(limit);
		}
		// At the cursor's moment a source ranked before the cursor's kind is wholly older
		// (every id passes "id < MAX", none passes "id > MAX"), one ranked after it
		// wholly newer (MIN), whichever way the window looks.
		long bound = (kind.ordinal() == at.rank()) ? at.rowId()
				: (kind.ordinal() < at.rank()) ? Long.MAX_VALUE : Long.MIN_VALUE;
		return new Keyset(at.at(), bound, newer, limit);
	}

	/**
	 * A page of changes.
	 *
	 * @param changes newest first
	 * @param documents the documents they concern
	 * @param hasOlder whether older changes follow (a {@code next} page)
	 * @param hasNewer whether newer changes precede (a {@code previous} page)
	 */
	record Page(List<Change> changes, Map<Long, DocumentSummary> documents, boolean hasOlder, boolean hasNewer) {
	}

}
