package cn.guifan.registry.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.DocumentVersion;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.lifecycle.StatusOnDate;
import cn.guifan.registry.lifecycle.Timeline;
import cn.guifan.registry.lifecycle.Timelines;
import cn.guifan.schemas.lifecycle.DocumentStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads documents as they stood on a date, for writing out: metadata, the status then and
 * the text that applied. A page of documents costs a fixed number of queries, so a
 * collection of thousands reads them a page at a time.
 */
@Component
public class DocumentTexts {

	private final Documents documents;

	private final Timelines timelines;

	DocumentTexts(Documents documents, Timelines timelines) {
		this.documents = documents;
		this.timelines = timelines;
	}

	/** One document on a date, if it exists. */
	public @Nullable ExportedDocument asOf(long id, LocalDate day) {
		List<ExportedDocument> found = asOf(List.of(id), day);
		return found.isEmpty() ? null : found.get(0);
	}

	/**
	 * The documents on a date, in the order of {@code ids}; ids of documents that no
	 * longer exist are left out.
	 */
	public List<ExportedDocument> asOf(Collection<Long> ids, LocalDate day) {
		Map<Long, DocumentSummary> summaries = this.documents.summaries(ids);
		Map<Long, Timeline> timelines = this.timelines.timelines(summaries.keySet());
		Map<Long, StatusOnDate> statuses = new HashMap<>();
		Map<Long, DocumentVersion> chosen = new HashMap<>();
		for (Map.Entry<Long, Timeline> e : timelines.entrySet()) {
			StatusOnDate status = e.getValue().on(day);
			statuses.put(e.getKey(), status);
			DocumentVersion version = (status.version() != null) ? status.version() : firstOf(e.getValue());
			if (version != null) {
				chosen.put(e.getKey(), version);
			}
		}
		Map<Long, String> texts = new HashMap<>();
		for (Documents.VersionText vt : this.documents.versionTexts(chosen.keySet())) {
			DocumentVersion wanted = chosen.get(vt.version().documentId());
			if (wanted != null && wanted.versionNo() == vt.version().versionNo()) {
				texts.put(vt.version().documentId(), vt.text());
			}
		}
		List<ExportedDocument> result = new ArrayList<>();
		for (Long id : ids) {
			DocumentSummary s = summaries.get(id);
			StatusOnDate status = statuses.get(id);
			if (s == null || status == null) {
				continue;
			}
			DocumentVersion version = chosen.get(id);
			String note = null;
			if (version == null) {
				note = "登记库未收录该文件的文本。";
			}
			else if (status.version() == null) {
				note = (status.status() == DocumentStatus.NOT_YET_EFFECTIVE)
						? "截至" + ChineseDate.format(day) + "该文件尚未生效，以下为其公布的文本。" : "登记库未收录该日适用的文本，以下为登记库所存最早的文本。";
			}
			result.add(new ExportedDocument(id, s.title(),
					(s.docNumberNormalized() != null) ? s.docNumberNormalized() : s.docNumber(), s.registrationNumber(),
					s.issuers(), s.kind(), s.signedDate(), s.publishedDate(), s.effectiveDate(), s.expiryDate(),
					(s.disclosure() != null) ? s.disclosure().label() : null, s.isPublic(), day, status.status(),
					status.reason(), (version != null) ? version.versionNo() : null,
					(version != null) ? version.label() : null, note, texts.getOrDefault(id, "")));
		}
		return result;
	}

	private static @Nullable DocumentVersion firstOf(Timeline timeline) {
		return timeline.versions().isEmpty() ? null : timeline.versions().get(0);
	}

}
