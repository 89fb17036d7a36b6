package cn.guifan.search.index;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The documents index behind its alias: creates it, writes entries in bulk and reports
 * every rejected item, and moves the alias to a rebuilt index.
 * <p>
 * Searches and writes use the alias only, so a reindex can build a new concrete index and
 * swap the alias atomically while searches go on.
 */
public final class DocumentIndex {

	private static final Logger logger = LoggerFactory.getLogger(DocumentIndex.class);

	/**
	 * Text characters per bulk request: at three bytes a character, well under 100 MB.
	 */
	static final long MAX_BULK_CHARS = 16_000_000;

	private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

	private final ElasticsearchClient client;

	private final String alias;

	private final Clock clock;

	public DocumentIndex(ElasticsearchClient client, String alias) {
		this(client, alias, Clock.systemUTC());
	}

	DocumentIndex(ElasticsearchClient client, String alias, Clock clock) {
		this.client = client;
		this.alias = alias;
		this.clock = clock;
	}

	public static DocumentIndex withDefaultAlias(ElasticsearchClient client) {
		return new DocumentIndex(client, IndexDefinition.DOCUMENTS_ALIAS);
	}

	public String alias() {
		return this.alias;
	}

	/**
	 * Creates the first concrete index behind the alias unless the alias exists. Several
	 * instances may start at once on an empty cluster: the index is created with the
	 * alias as its write alias in one request, which Elasticsearch refuses to all but one
	 * (an alias has one write index); the others then use the winner's index and delete
	 * what they created, if anything.
	 */
	public String ensureIndex() {
		for (int attempt = 1;; attempt++) {
			Set<String> current = indicesBehindAlias();
			if (!current.isEmpty()) {
				String index = current.iterator().next();
				addNewFields(index);
				// An ingest relaxes the interval while it runs; one that was killed left
				// it relaxed.
				refreshInterval(index, IndexDefinition.REFRESH_INTERVAL);
				return index;
			}
			String index = this.alias + "-" + SUFFIX.format(LocalDateTime.now(this.clock));
			try {
				this.client.indices()
					.create((c) -> c.index(index)
						.withJson(new StringReader(IndexDefinition.documentsIndexJson()))
						.aliases(this.alias, (a) -> a.isWriteIndex(true)));
				logger.info("Created index {} behind alias {}", index, this.alias);
				return index;
			}
			catch (ElasticsearchException | IOException ex) {
				// Elasticsearch answers a second write index with a 500 that the client
				// may report as either; what counts is whether the alias exists now.
				if (attempt >= 3 || indicesBehindAlias().isEmpty()) {
					throw new IndexUnavailableException(
							"Elasticsearch refused or did not answer creating index " + index + ": " + ex.getMessage(),
							ex);
				}
				logger.info("Another instance created the index behind {} first ({})", this.alias, ex.getMessage());
				deleteIndices(orphanIndices().stream().filter(index::equals).toList());
			}
		}
	}

	/**
	 * Adds the fields the current definition has and an index made by an older version
	 * lacks (the mapping is strict, so new fields must be known before entries carry
	 * them). Existing fields never change: a changed field needs a rebuild.
	 */
	private void addNewFields(String index) {
		call("update the mapping of " + index, () -> this.client.indices()
			.putMapping((m) -> m.index(index).withJson(new StringReader(IndexDefinition.mappingsJson()))));
	}

	/**
	 * Creates a new, empty concrete index with the current definition, not behind the
	 * alias.
	 */
	public String createIndex() {
		String index = this.alias + "-" + SUFFIX.format(LocalDateTime.now(this.clock));
		call("create index " + index, () -> this.client.indices()
			.create((c) -> c.index(index).withJson(new StringReader(IndexDefinition.documentsIndexJson()))));
		return index;
	}

	/** The concrete indices the alias points at (one, except during a failed swap). */
	public Set<String> indicesBehindAlias() {
		try {
			GetAliasResponse response = this.client.indices().getAlias((a) -> a.name(this.alias));
			return new LinkedHashSet<>(response.result().keySet());
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 404) {
				return Set.of();
			}
			throw new IndexUnavailableException("cannot read alias " + this.alias + ": " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new IndexUnavailableException("Elasticsearch unreachable reading alias " + this.alias, ex);
		}
	}

	/**
	 * Points the alias at {@code newIndex} and away from every other index in one atomic
	 * request, then deletes the old indices. Searches running during the swap see one
	 * index or the other, never none.
	 */
	public void switchAliasTo(String newIndex) {
		deleteIndices(switchAlias(newIndex));
	}

	/**
	 * Points the alias at {@code newIndex} and away from every other index in one atomic
	 * request, and returns the indices it pointed at before, which are kept: a search
	 * that resolved the alias a moment before the swap may still be reading them. Delete
	 * them a little later with {@link #deleteIndices}.
	 */
	public Set<String> switchAlias(String newIndex) {
		Set<String> old = indicesBehindAlias();
		call("switch alias " + this.alias + " to " + newIndex, () -> this.client.indices().updateAliases((u) -> {
			u.actions((a) -> a.add((add) -> add.index(newIndex).alias(this.alias).isWriteIndex(true)));
			for (String index : old) {
				if (!index.equals(newIndex)) {
					u.actions((a) -> a.remove((r) -> r.index(index).alias(this.alias)));
				}
			}
			return u;
		}));
		old.remove(newIndex);
		logger.info("Alias {} now points at {} (was {})", this.alias, newIndex, old);
		return old;
	}

	/** Deletes concrete indices (never the one behind the alias). */
	public void deleteIndices(Collection<String> indices) {
		Set<String> live = indicesBehindAlias();
		for (String index : indices) {
			if (!live.contains(index)) {
				call("delete index " + index, () -> this.client.indices().delete((d) -> d.index(index)));
			}
		}
	}

	/**
	 * Concrete indices of this alias's name that the alias does not point at: what a
	 * rebuild that died before its swap left behind.
	 */
	public Set<String> orphanIndices() {
		Set<String> live = indicesBehindAlias();
		try {
			Set<String> all = new LinkedHashSet<>(this.client.indices()
				.get((g) -> g.index(this.alias + "-*").ignoreUnavailable(true).allowNoIndices(true))
				.result()
				.keySet());
			all.removeAll(live);
			return all;
		}
		catch (ElasticsearchException ex) {
			throw new IndexUnavailableException("cannot list the indices of " + this.alias + ": " + ex.getMessage(),
					ex);
		}
		catch (IOException ex) {
			throw new IndexUnavailableException("Elasticsearch unreachable listing indices of " + this.alias, ex);
		}
	}

	/**
	 * Sets how often an index makes writes visible: {@code -1} while it is being filled
	 * and nobody searches it, {@code 1s} for searching.
	 */
	public void refreshInterval(String index, String interval) {
		call("set the refresh interval of " + index, () -> this.client.indices()
			.putSettings((p) -> p.index(index).settings((st) -> st.refreshInterval((t) -> t.time(interval)))));
	}

	/** How often an index makes writes visible, as Elasticsearch has it ({@code 1s}). */
	public String refreshInterval(String index) {
		return call("read the refresh interval of " + index,
				() -> this.client.indices()
					.getSettings((g) -> g.index(index))
					.get(index)
					.settings()
					.index()
					.refreshInterval()
					.time());
	}

	/** Makes everything written to one concrete index visible to searches. */
	public void refresh(String index) {
		call("refresh " + index, () -> this.client.indices().refresh((r) -> r.index(index)));
	}

	/** Number of entries in one concrete index (or the alias). */
	public long count(String target) {
		return call("count " + target, () -> this.client.count((c) -> c.index(target))).count();
	}

	/**
	 * Writes entries and removes documents in one bulk request to {@code target} (the
	 * alias, or a concrete index being rebuilt), and says per document what happened.
	 */
	/**
	 * Splits entries into bulk requests of at most about {@code maxChars} characters of
	 * text each (an entry larger than that goes alone): Elasticsearch refuses a request
	 * over 100 MB whole, and a batch of long texts (a body is indexed up to two million
	 * characters, twice) would exceed it.
	 */
	static List<List<PreparedEntry>> bySize(List<PreparedEntry> entries, long maxChars) {
		List<List<PreparedEntry>> parts = new ArrayList<>();
		List<PreparedEntry> current = new ArrayList<>();
		long chars = 0;
		for (PreparedEntry entry : entries) {
			long size = textChars(entry.source());
			if (!current.isEmpty() && chars + size > maxChars) {
				parts.add(current);
				current = new ArrayList<>();
				chars = 0;
			}
			current.add(entry);
			chars += size;
		}
		if (!current.isEmpty()) {
			parts.add(current);
		}
		return parts;
	}

	private static long textChars(@Nullable Object value) {
		if (value instanceof CharSequence text) {
			return text.length();
		}
		long chars = 0;
		if (value instanceof Map<?, ?> map) {
			for (Object v : map.values()) {
				chars += textChars(v);
			}
		}
		else if (value instanceof Collection<?> list) {
			for (Object v : list) {
				chars += textChars(v);
			}
		}
		return chars;
	}

	public BulkOutcome write(String target, List<PreparedEntry> entries, Collection<String> removedDocumentIds) {
		Set<String> succeeded = new LinkedHashSet<>();
		Map<String, String> failed = new HashMap<>();
		for (List<PreparedEntry> part : bySize(entries, MAX_BULK_CHARS)) {
			BulkRequest.Builder bulk = new BulkRequest.Builder();
			for (PreparedEntry entry : part) {
				bulk.operations((op) -> op.index((i) -> i.index(target).id(entry.entryId()).document(entry.source())));
			}
			BulkResponse response = call("bulk write of " + part.size() + " entries",
					() -> this.client.bulk(bulk.build()));
			List<BulkResponseItem> items = response.items();
			for (int i = 0; i < items.size(); i++) {
				BulkResponseItem item = items.get(i);
				String documentId = part.get(i).documentId();
				if (item.error() != null) {
					String reason = item.error().type() + ": " + item.error().reason();
					failed.merge(documentId, reason, (a, b) -> a);
					logger.warn("Index rejected entry {} of document {}: {}", item.id(), documentId, reason);
				}
				else {
					succeeded.add(documentId);
				}
			}
		}
		if (!removedDocumentIds.isEmpty()) {
			remove(target, removedDocumentIds, succeeded, failed);
		}
		succeeded.removeAll(failed.keySet());
		return new BulkOutcome(succeeded, failed);
	}

	/**
	 * Deletes every entry of the given documents. By ids found with a search, because the
	 * minimal distribution the managed node runs has no delete-by-query (it lives in the
	 * reindex module).
	 */
	private void remove(String target, Collection<String> documentIds, Set<String> succeeded,
			Map<String, String> failed) {
		List<FieldValue> ids = documentIds.stream().map(FieldValue::of).toList();
		try {
			// Entries written moments ago are not visible to a search until a refresh.
			call("refresh " + target, () -> this.client.indices().refresh((r) -> r.index(target)));
			SearchResponse<Void> found = call("find the entries of " + documentIds.size() + " documents",
					() -> this.client.search((q) -> q.index(target)
						.query((b) -> b.terms((t) -> t.field(DocumentFields.DOCUMENT_ID).terms((v) -> v.value(ids))))
						.source((src) -> src.fetch(false))
						.size(10_000), Void.class));
			BulkRequest.Builder bulk = new BulkRequest.Builder();
			for (Hit<Void> hit : found.hits().hits()) {
				bulk.operations((op) -> op.delete((d) -> d.index(hit.index()).id(hit.id())));
			}
			if (!found.hits().hits().isEmpty()) {
				BulkResponse response = call("delete entries",
						() -> this.client.bulk(bulk.refresh(Refresh.True).build()));
				for (BulkResponseItem item : response.items()) {
					if (item.error() != null && item.status() != 404) {
						throw new IndexUnavailableException("删除索引条目 " + item.id() + " 失败：" + item.error().reason(),
								null);
					}
				}
			}
			succeeded.addAll(documentIds);
		}
		catch (IndexUnavailableException ex) {
			documentIds.forEach((id) -> failed.put(id, ex.getMessage()));
		}
	}

	/** Makes everything written so far visible to searches. */
	public void refresh() {
		call("refresh " + this.alias, () -> this.client.indices().refresh((r) -> r.index(this.alias)));
	}

	/** Number of entries (document versions) in the index. */
	public long count() {
		return call("count " + this.alias, () -> this.client.count((c) -> c.index(this.alias))).count();
	}

	/** Deletes the alias and every index behind it (for tests and a full rebuild). */
	public void drop() {
		for (String index : indicesBehindAlias()) {
			call("delete index " + index, () -> this.client.indices().delete((d) -> d.index(index)));
		}
	}

	private static <T> T call(String what, IoCall<T> call) {
		try {
			return call.run();
		}
		catch (ElasticsearchException ex) {
			throw new IndexUnavailableException("Elasticsearch refused to " + what + ": " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new IndexUnavailableException("Elasticsearch unreachable, could not " + what + ": " + ex.getMessage(),
					ex);
		}
	}

	@FunctionalInterface
	private interface IoCall<T> {

		T run() throws IOException;

	}

}
