package cn.guifan.registry.opendata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.guifan.registry.address.StableAddresses;
import cn.guifan.registry.document.DocumentJson;
import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.document.DocumentVersion;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.lifecycle.StatusOnDate;
import cn.guifan.registry.lifecycle.Timeline;
import cn.guifan.registry.lifecycle.Timelines;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every public document of the registry as one JSON line each, in the shape of
 * {@code document.schema.json}: the metadata the registry keeps (corrections included),
 * the file the current text was read from, that text, and where the document stands in
 * the registry today. Read a batch of documents at a time and written as it goes, so the
 * export of any registry needs the memory of one batch.
 */
@Component
public class BulkExport {

	private static final int BATCH = 200;

	private final Documents documents;

	private final Timelines timelines;

	private final StableAddresses addresses;

	private final Clock clock;

	BulkExport(Documents documents, Timelines timelines, StableAddresses addresses, Clock clock) {
		this.documents = documents;
		this.timelines = timelines;
		this.addresses = addresses;
		this.clock = clock;
	}

	/**
	 * Writes the export (UTF-8, one JSON object per line) and returns what was written;
	 * the stream is flushed, not closed.
	 * @param out where to
	 * @param withText whether each line carries the text of the version in force today
	 */
	public Summary write(OutputStream out, boolean withText) {
		LocalDate today = LocalDate.now(this.clock);
		MessageDigest digest = sha256();
		Counting counting = new Counting(new DigestOutputStream(out, digest));
		BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(counting, StandardCharsets.UTF_8));
		Map<String, Long> byKind = new TreeMap<>();
		Map<String, Long> byStatus = new TreeMap<>();
		long count = 0;
		try {
			long after = 0;
			while (true) {
				List<Long> ids = this.documents.idsAfter(after, BATCH);
				if (ids.isEmpty()) {
					break;
				}
				after = ids.get(ids.size() - 1);
				Map<Long, DocumentSummary> summaries = this.documents.summaries(ids);
				List<Long> visible = summaries.values()
					.stream()
					.filter(DocumentSummary::isPublic)
					.map(DocumentSummary::id)
					.toList();
				if (visible.isEmpty()) {
					continue;
				}
				Map<Long, String> metadata = this.documents.metadataJson(visible);
				Map<Long, Timeline> timelines = this.timelines.timelines(visible);
				Map<Long, List<Documents.Source>> sources = this.documents.sources(visible);
				Map<Long, Map<Integer, String>> texts = withText ? texts(visible) : Map.of();
				for (long id : visible) {
					DocumentSummary s = summaries.get(id);
					String json = metadata.get(id);
					Timeline timeline = timelines.getOrDefault(id, Timeline.EMPTY);
					if (s == null || json == null) {
						continue; // Removed meanwhile.
					}
					StatusOnDate status = timeline.on(today);
					ObjectNode line = line(s, json, timeline, status, sources.getOrDefault(id, List.of()),
							texts.getOrDefault(id, Map.of()), withText, today);
					writer.write(DocumentJson.mapper().writeValueAsString(line));
					writer.write('\n');
					count++;
					byKind.merge(s.kind().name(), 1L, Long::sum);
					byStatus.merge(status.status().name(), 1L, Long::sum);
				}
			}
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the export", ex);
		}
		return new Summary(count, byKind, byStatus, counting.count, HexFormat.of().formatHex(digest.digest()), today);
	}

	private ObjectNode line(DocumentSummary s, String json, Timeline timeline, StatusOnDate status,
			List<Documents.Source> sources, Map<Integer, String> texts, boolean withText, LocalDate today) {
		ObjectNode line = DocumentJson.mapper().createObjectNode();
		ObjectNode metadata = (ObjectNode) DocumentJson.mapper().readTree(json);
		DocumentVersion version = (status.version() != null) ? status.version() : last(timeline.versions());
		Documents.Source source = sourceOf(version, sources);
		line.put("file", (source != null) ? source.fileName() : s.title());
		metadata.remove("file");
		metadata.remove("source");
		metadata.remove("text");
		metadata.remove("textLength");
		metadata.remove("registry");
		// Records stored before the registry left the structure out still carry it.
		metadata.remove("structure");
		line.setAll(metadata);
		if (source != null) {
			ObjectNode src = line.putObject("source");
			src.put("sha256", source.sha256());
			src.put("fileName", source.fileName());
			src.put("mediaType", source.mediaType());
			src.put("size", source.size());
		}
		String text = (version != null) ? texts.get(version.versionNo()) : null;
		if (withText && text != null) {
			line.put("textLength", text.length());
			line.put("text", text);
			// Its spans point into that text; rebuilt from it, as extraction found it.
			line.set("structure", DocumentJson.structure(text));
		}
		ObjectNode registry = line.putObject("registry");
		registry.put("id", s.id());
		registry.put("url", this.addresses.url(s.id()));
		registry.put("registrationNumber", s.registrationNumber());
		registry.put("asOf", today.toString());
		registry.put("status", status.status().name());
		registry.put("statusLabel", status.status().label());
		if (version != null) {
			registry.put("versionNo", version.versionNo());
		}
		else {
			registry.putNull("versionNo");
		}
		registry.put("versions", timeline.versions().size());
		return line;
	}

	private Map<Long, Map<Integer, String>> texts(List<Long> ids) {
		Map<Long, Map<Integer, String>> texts = new java.util.HashMap<>();
		for (Documents.VersionText v : this.documents.versionTexts(ids)) {
			texts.computeIfAbsent(v.version().documentId(), (k) -> new java.util.HashMap<>())
				.put(v.version().versionNo(), v.text());
		}
		return texts;
	}

	private static Documents.@Nullable Source sourceOf(@Nullable DocumentVersion version,
			List<Documents.Source> sources) {
		if (version != null && version.sourceSha256() != null) {
			for (Documents.Source s : sources) {
				if (s.sha256().equals(version.sourceSha256())) {
					return s;
				}
			}
		}
		return sources.isEmpty() ? null : sources.get(0);
	}

	private static @Nullable DocumentVersion last(List<DocumentVersion> versions) {
		return versions.isEmpty() ? null : versions.get(versions.size() - 1);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What an export wrote.
	 *
	 * @param documents how many documents (lines)
	 * @param byKind documents per 效力级别 code
	 * @param byStatus documents per status on {@code asOf}
	 * @param bytes bytes written
	 * @param sha256 SHA-256 of the bytes written
	 * @param asOf the day the statuses are for
	 */
	public record Summary(long documents, Map<String, Long> byKind, Map<String, Long> byStatus, long bytes,
			String sha256, LocalDate asOf) {
	}

	/** Counts the bytes that pass. */
	private static final class Counting extends java.io.FilterOutputStream {

		private long count;

		Counting(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
			this.count += len;
		}

	}

}
