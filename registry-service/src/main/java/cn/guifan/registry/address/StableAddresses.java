package cn.guifan.registry.address;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.lifecycle.Timeline;
import cn.guifan.registry.lifecycle.Timelines;
import cn.guifan.schemas.docnumber.DocNumber;
import cn.guifan.schemas.docnumber.DocNumbers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where a document lives, and what a typed or printed reference to it means. The
 * canonical address of a document is {@code /documents/{id}}: the registry id never
 * changes, whatever is corrected or rebuilt; {@code /d/{anything}} leads there from a doc
 * number in any printed form, a 统一登记号 or the id.
 */
@Component
@EnableConfigurationProperties(AddressProperties.class)
public class StableAddresses {

	private static final String FALLBACK_BASE = "http://localhost:8080";

	private final Documents documents;

	private final Timelines timelines;

	private final AddressProperties properties;

	StableAddresses(Documents documents, Timelines timelines, AddressProperties properties) {
		this.documents = documents;
		this.timelines = timelines;
		this.properties = properties;
	}

	/** The canonical path of a document. */
	public static String path(long documentId) {
		return "/documents/" + documentId;
	}

	/** The canonical address of a document, absolute. */
	public String url(long documentId) {
		return baseUrl() + path(documentId);
	}

	/**
	 * The address the public reaches the registry at: the configured one, else the one of
	 * the current request, without a trailing slash.
	 */
	public String baseUrl() {
		if (this.properties.baseUrl() != null) {
			return strip(this.properties.baseUrl().toString());
		}
		if (RequestContextHolder.getRequestAttributes() != null) {
			return strip(ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
		}
		return FALLBACK_BASE;
	}

	/**
	 * The documents a reference names, among those the asker may see: a registry id, a
	 * doc number in any printed or typed form, or a 统一登记号.
	 */
	public Resolution resolve(String reference, boolean includeRestricted) {
		String key = reference.strip();
		Set<Long> ids = new LinkedHashSet<>();
		Resolution.Match matchedBy = Resolution.Match.NONE;
		if (key.matches("\\d{1,18}")) {
			long id = Long.parseLong(key);
			if (this.documents.exists(id)) {
				ids.add(id);
				matchedBy = Resolution.Match.ID;
			}
		}
		if (ids.isEmpty() && !key.isEmpty()) {
			Optional<DocNumber> number = DocNumbers.parseLenient(key);
			if (number.isPresent()) {
				ids.addAll(this.documents.idsNumbered(number.get().normalized()));
				matchedBy = Resolution.Match.DOC_NUMBER;
			}
		}
		if (ids.isEmpty() && !key.isEmpty()) {
			ids.addAll(this.documents.idsRegistered(key));
			matchedBy = Resolution.Match.REGISTRATION_NUMBER;
		}
		Map<Long, DocumentSummary> summaries = this.documents.summaries(ids);
		List<DocumentSummary> visible = new ArrayList<>();
		for (DocumentSummary s : summaries.values()) {
			if (includeRestricted || s.isPublic()) {
				visible.add(s);
			}
		}
		return new Resolution(key, visible.isEmpty() ? Resolution.Match.NONE : matchedBy, visible);
	}

	/**
	 * The date on which a version of a document applied, to show it with {@code ?asOf=}:
	 * the first day it applies, or, for a first version whose start is not known, the day
	 * before the next one starts. Empty when the document has no such version, or only
	 * one version and no date at all (then any date shows it).
	 */
	public Optional<LocalDate> versionDate(long documentId, int versionNo) {
		List<Timeline.VersionPeriod> periods = this.timelines.timeline(documentId).versionPeriods(LocalDate.now());
		for (int i = 0; i < periods.size(); i++) {
			Timeline.VersionPeriod p = periods.get(i);
			if (p.version().versionNo() != versionNo) {
				continue;
			}
			if (p.from() != null) {
				return Optional.of(p.from());
			}
			LocalDate next = (i + 1 < periods.size()) ? periods.get(i + 1).from() : null;
			if (next != null) {
				return Optional.of(next.minusDays(1));
			}
			return Optional.empty();
		}
		return Optional.empty();
	}

	/** Whether the document has a version with this number. */
	public boolean hasVersion(long documentId, int versionNo) {
		return this.documents.versions(documentId).stream().anyMatch((v) -> v.versionNo() == versionNo);
	}

	private static String strip(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
