package cn.guifan.registry.feed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.guifan.registry.address.StableAddresses;
import cn.guifan.registry.common.DocumentNotFoundException;
import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.freshness.Freshness;
import cn.guifan.registry.lifecycle.LifecycleEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The three change feeds as Atom documents, a page at a time. */
@Component
class ChangeFeeds {

	static final String AUTHOR = "规章和行政规范性文件库";

	private static final String CHANGE_SCHEME = "https://guifan.cn/schemas/change";

	private static final String KIND_SCHEME = "https://guifan.cn/schemas/kind";

	private final ChangeLog log;

	private final Documents documents;

	private final StableAddresses addresses;

	private final FeedIdentity identity;

	private final Freshness freshness;

	ChangeFeeds(ChangeLog log, Documents documents, StableAddresses addresses, FeedIdentity identity,
			Freshness freshness) {
		this.log = log;
		this.documents = documents;
		this.addresses = addresses;
		this.identity = identity;
		this.freshness = freshness;
	}

	/**
	 * A page of a feed.
	 * @param which the registry, an issuer or a document
	 * @param before the page of changes older than this position
	 * @param after the page of changes newer than this position
	 * @param size entries per page
	 */
	AtomFeed page(Which which, @Nullable Cursor before, @Nullable Cursor after, int size) {
		ChangeLog.Scope scope = switch (which.kind()) {
			case REGISTRY -> ChangeLog.Scope.all();
			case ISSUER -> {
				ChangeLog.Scope issuer = this.log.issuer(which.issuer());
				if (issuer == null) {
					throw new DocumentNotFoundException("发文机关为“" + which.issuer() + "”");
				}
				yield issuer;
			}
			case DOCUMENT -> {
				if (!this.documents.isPublic(which.documentId())) {
					throw new DocumentNotFoundException(Long.toString(which.documentId()));
				}
				yield ChangeLog.Scope.document(which.documentId());
			}
		};
		ChangeLog.Page page = (after != null) ? this.log.page(scope, after, true, size)
				: this.log.page(scope, before, false, size);
		String base = this.addresses.baseUrl();
		String self = base + which.path();
		List<AtomFeed.Link> links = new ArrayList<>();
		String query = (before != null) ? "?before=" + before.encode()
				: (after != null) ? "?after=" + after.encode() : "";
		String sized = (size != ChangeFeedController.DEFAULT_SIZE) ? "size=" + size : "";
		links.add(new AtomFeed.Link("self", self + join(query, sized), AtomFeed.MEDIA_TYPE));
		links.add(new AtomFeed.Link("alternate", base + which.alternate(), "text/html"));
		links.add(new AtomFeed.Link("first", self + join("", sized), AtomFeed.MEDIA_TYPE));
		if (!page.changes().isEmpty()) {
			Change newest = page.changes().get(0);
			Change oldest = page.changes().get(page.changes().size() - 1);
			if (page.hasNewer()) {
				links.add(new AtomFeed.Link("previous", self + join("?after=" + newest.cursor().encode(), sized),
						AtomFeed.MEDIA_TYPE));
			}
			if (page.hasOlder()) {
				links.add(new AtomFeed.Link("next", self + join("?before=" + oldest.cursor().encode(), sized),
						AtomFeed.MEDIA_TYPE));
			}
		}
		List<AtomFeed.Entry> entries = new ArrayList<>();
		for (Change change : page.changes()) {
			DocumentSummary document = page.documents().get(change.documentId());
			if (document != null) {
				entries.add(entry(change, document, base));
			}
		}
		Freshness.State state = this.freshness.current();
		Instant updated = !page.changes().isEmpty() ? page.changes().get(0).at()
				: (state.dataUpdated() != null) ? state.dataUpdated() : Instant.EPOCH;
		if (which.kind() == Which.Kind.REGISTRY && state.dataUpdated() != null && before == null && after == null) {
			updated = max(updated, state.dataUpdated());
		}
		return new AtomFeed(this.identity.atomId(which.name()), which.title(this.documents), state.line(), updated,
				AUTHOR, links, entries);
	}

	private AtomFeed.Entry entry(Change change, DocumentSummary d, String base) {
		String page = base + StableAddresses.path(d.id());
		List<AtomFeed.Link> links = new ArrayList<>();
		List<AtomFeed.Category> categories = new ArrayList<>();
		String title;
		String summary;
		String id;
		switch (change.kind()) {
			case DOCUMENT -> {
				id = "document/" + d.id();
				title = "新增文件：《" + d.title() + "》";
				summary = describe(d);
				links.add(new AtomFeed.Link("alternate", page, "text/html"));
				categories.add(new AtomFeed.Category("NEW_DOCUMENT", CHANGE_SCHEME, "新增文件"));
			}
			case VERSION -> {
				var v = java.util.Objects.requireNonNull(change.version());
				id = "version/" + v.rowId();
				title = "新版本：《" + d.title() + "》第 " + v.versionNo() + " 版";
				summary = ((v.label() != null) ? v.label() + "；" : "")
						+ ((v.validFrom() != null) ? "自 " + v.validFrom() + " 起适用" : "适用日期未载明");
				links.add(new AtomFeed.Link("alternate",
						(v.validFrom() != null) ? page + "?asOf=" + v.validFrom() : page, "text/html"));
				categories.add(new AtomFeed.Category("NEW_VERSION", CHANGE_SCHEME, "新版本"));
			}
			default -> {
				LifecycleEvent e = java.util.Objects.requireNonNull(change.event()).event();
				id = "event/" + e.id();
				title = e.type().label() + "：《" + d.title() + "》";
				summary = eventSummary(e);
				links.add(new AtomFeed.Link("alternate", page, "text/html"));
				if (e.causedByDocumentId() != null && this.documents.isPublic(e.causedByDocumentId())) {
					links.add(new AtomFeed.Link("related", base + StableAddresses.path(e.causedByDocumentId()),
							"text/html"));
				}
				categories.add(new AtomFeed.Category(e.type().name(), CHANGE_SCHEME, e.type().label()));
			}
		}
		links.add(new AtomFeed.Link("related", base + "/api/v1/documents/" + d.id(), "application/json"));
		categories.add(new AtomFeed.Category(d.kind().name(), KIND_SCHEME, d.kind().label()));
		return new AtomFeed.Entry(this.identity.atomId(id), title, change.at(), summary, links, categories);
	}

	private static String describe(DocumentSummary d) {
		List<String> parts = new ArrayList<>();
		if (d.docNumber() != null) {
			parts.add("发文字号 " + d.docNumber());
		}
		if (!d.issuers().isEmpty()) {
			parts.add("发文机关 " + String.join("、", d.issuers()));
		}
		parts.add("效力级别 " + d.kind().label());
		if (d.signedDate() != null) {
			parts.add("成文日期 " + d.signedDate());
		}
		if (d.effectiveDate() != null) {
			parts.add("施行日期 " + d.effectiveDate());
		}
		if (d.expiryDate() != null) {
			parts.add("有效期至 " + d.expiryDate());
		}
		return String.join("；", parts);
	}

	private static String eventSummary(LifecycleEvent e) {
		StringBuilder s = new StringBuilder();
		s.append(e.date()).append(" ").append(e.type().label());
		if (e.effectiveDate() != null && !e.effectiveDate().equals(e.date())) {
			s.append("，自 ").append(e.effectiveDate()).append(" 起生效");
		}
		if (e.causedByText() != null) {
			s.append("；依据：").append(e.causedByText());
		}
		if (e.provisions() != null) {
			s.append("；涉及条款：").append(e.provisions());
		}
		s.append("；登记：").append(e.recordedBy());
		if (e.reason() != null && !"INGEST".equals(e.origin())) {
			s.append("；理由：").append(e.reason());
		}
		return s.toString();
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static String join(String query, String extra) {
		if (extra.isEmpty()) {
			return query;
		}
		return query.isEmpty() ? "?" + extra : query + "&" + extra;
	}

	/**
	 * Which feed.
	 *
	 * @param kind the registry, an issuer or a document
	 * @param issuer the issuer's full name (ISSUER)
	 * @param documentId the document (DOCUMENT)
	 */
	record Which(Kind kind, String issuer, long documentId) {

		static Which registry() {
			return new Which(Kind.REGISTRY, "", 0);
		}

		static Which issuer(String issuer) {
			return new Which(Kind.ISSUER, issuer, 0);
		}

		static Which document(long id) {
			return new Which(Kind.DOCUMENT, "", id);
		}

		String path() {
			return switch (this.kind) {
				case REGISTRY -> "/feeds/changes.atom";
				case ISSUER -> "/feeds/issuers/" + encode(this.issuer) + ".atom";
				case DOCUMENT -> "/documents/" + this.documentId + "/changes.atom";
			};
		}

		String alternate() {
			return switch (this.kind) {
				case REGISTRY -> "/";
				case ISSUER -> "/?issuer=" + encode(this.issuer) + "&status=all&sort=date";
				case DOCUMENT -> StableAddresses.path(this.documentId);
			};
		}

		String name() {
			return switch (this.kind) {
				case REGISTRY -> "feed/changes";
				case ISSUER -> "feed/issuer/" + this.issuer;
				case DOCUMENT -> "feed/document/" + this.documentId;
			};
		}

		String title(Documents documents) {
			return switch (this.kind) {
				case REGISTRY -> AUTHOR + "：文件变更";
				case ISSUER -> this.issuer + "的文件变更";
				case DOCUMENT -> "《" + documents.require(this.documentId).title() + "》的变更";
			};
		}

		private static String encode(String s) {
			return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
		}

		enum Kind {

			REGISTRY, ISSUER, DOCUMENT

		}

	}

}
