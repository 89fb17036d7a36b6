package cn.guifan.search.query;

import java.time.LocalDate;
import java.util.List;

import cn.guifan.schemas.document.DocumentKind;
import cn.guifan.schemas.lifecycle.DocumentStatus;
import cn.guifan.schemas.lifecycle.StatusRule;
import cn.guifan.search.index.DocumentFields;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.jspecify.annotations.Nullable;

/** Reads a hit: its typed source, its highlights, and its status on the search's date. */
final class HitReader {

	private HitReader() {
	}

	static SearchHit read(Hit<IndexedEntry> hit, LocalDate day) {
		IndexedEntry e = (hit.source() != null) ? hit.source()
				: new IndexedEntry(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
		List<String> titleHighlights = hit.highlight().getOrDefault(DocumentFields.TITLE_CHARS, List.of());
		List<String> bodyHighlights = hit.highlight().getOrDefault(DocumentFields.BODY_CHARS, List.of());
		LocalDate from = (e.inForce() != null) ? e.inForce().gte() : null;
		LocalDate until = (e.inForce() != null) ? e.inForce().lt() : null;
		boolean latest = !Boolean.FALSE.equals(e.latest());
		// No range at all: a version that was never in force (it ended the day it began).
		DocumentStatus status = (e.inForce() == null) ? endStatus(e.endReason(), latest)
				: StatusRule.on(day, from, until, endStatus(e.endReason(), latest), e.partiallyInvalidFrom());
		String kind = (e.kind() != null) ? e.kind() : DocumentKind.OTHER.name();
		return new SearchHit(String.valueOf(e.documentId()), (e.versionNo() != null) ? e.versionNo() : 1,
				(e.displayTitle() != null) ? e.displayTitle() : "", e.docNumberPrinted(),
				(e.issuers() != null) ? e.issuers() : List.of(), kind,
				(e.kindLabel() != null) ? e.kindLabel() : kindLabel(kind), status.name(), e.signedDate(),
				e.publishedDate(), e.effectiveDate(), from, (until != null) ? until.minusDays(1) : null,
				(until != null) ? endStatus(e.endReason(), latest).name() : null,
				titleHighlights.isEmpty() ? null : mergeAdjacent(titleHighlights.get(0)),
				bodyHighlights.isEmpty() ? null : mergeAdjacent(bodyHighlights.get(0)),
				(hit.score() != null) ? hit.score() : 0);
	}

	/**
	 * How an entry ends, from why the index says it stopped: repealed or expired; a
	 * version superseded by a later text is 已修改; an end without a reason is an expiry for
	 * the newest version.
	 */
	static DocumentStatus endStatus(@Nullable String endReason, boolean latest) {
		if (DocumentStatus.REPEALED.name().equals(endReason)) {
			return DocumentStatus.REPEALED;
		}
		if (DocumentStatus.EXPIRED.name().equals(endReason)) {
			return DocumentStatus.EXPIRED;
		}
		return latest ? DocumentStatus.EXPIRED : DocumentStatus.AMENDED;
	}

	static String kindLabel(String code) {
		try {
			return DocumentKind.valueOf(code).label();
		}
		catch (IllegalArgumentException ex) {
			return code;
		}
	}

	/** The chars fields highlight one character at a time; join runs into one mark. */
	static String mergeAdjacent(String highlighted) {
		return highlighted.replace("</em><em>", "");
	}

}
