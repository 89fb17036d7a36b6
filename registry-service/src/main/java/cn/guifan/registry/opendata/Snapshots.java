package cn.guifan.registry.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import cn.guifan.registry.common.DocumentNotFoundException;
import cn.guifan.registry.config.GuifanProperties;
import cn.guifan.registry.document.DocumentJson;
import cn.guifan.registry.freshness.Freshness;
import cn.guifan.schemas.json.JsonSchemas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Dated snapshots of the bulk export:
 * {@code <snapshotDir>/<YYYY-MM-DD>/documents.jsonl.gz} with a {@code manifest.json}
 * giving the counts (documents, per kind, per status) and the SHA-256 of the file, so
 * that a reuser can check what was downloaded and compare two days. Taken every night and
 * by {@code guifan export --snapshot}; a snapshot is written beside its final place and
 * moved there whole, so a half-written one is never listed.
 */
@Component
@EnableConfigurationProperties(OpenDataProperties.class)
public class Snapshots {

	static final String DATA_FILE = "documents.jsonl.gz";

	static final String MANIFEST = "manifest.json";

	private static final Logger logger = LoggerFactory.getLogger(Snapshots.class);

	private final BulkExport export;

	private final Freshness freshness;

	private final Path root;

	private final int keep;

	private final Clock clock;

	Snapshots(BulkExport export, Freshness freshness, OpenDataProperties properties, GuifanProperties guifan,
			Clock clock) {
		this.export = export;
		this.freshness = freshness;
		this.root = (properties.snapshotDir() != null) ? properties.snapshotDir()
				: guifan.dataDir().resolve("open-data");
		this.keep = Math.max(1, properties.keepSnapshots());
		this.clock = clock;
	}

	@Scheduled(cron = "${guifan.open-data.snapshot-cron:0 40 2 * * *}")
	void nightly() {
		Snapshot snapshot = take();
		logger.info("Open data snapshot {}: {} documents", snapshot.date(), snapshot.documents());
	}

	/** Takes today's snapshot (replacing one taken earlier today) and prunes old ones. */
	public synchronized Snapshot take() {
		LocalDate today = LocalDate.now(this.clock);
		Path target = this.root.resolve(today.toString());
		try {
			Files.createDirectories(this.root);
			Path work = Files.createTempDirectory(this.root, "." + today + "-");
			BulkExport.Summary summary;
			Path data = work.resolve(DATA_FILE);
			try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(data), 1 << 16)) {
				summary = this.export.write(out, true);
			}
			ObjectNode manifest = DocumentJson.mapper().createObjectNode();
			manifest.put("date", today.toString());
			manifest.put("generatedAt", OffsetDateTime.now(this.clock).toString());
			Freshness.State state = this.freshness.current();
			manifest.put("dataUpdated", (state.dataUpdated() != null)
					? state.dataUpdated().atZone(state.zone()).toOffsetDateTime().toString() : null);
			manifest.put("schema", JsonSchemas.DOCUMENT);
			manifest.put("documents", summary.documents());
			summary.byKind().forEach(manifest.putObject("byKind")::put);
			summary.byStatus().forEach(manifest.putObject("byStatus")::put);
			ObjectNode file = manifest.putArray("files").addObject();
			file.put("name", DATA_FILE);
			file.put("mediaType", "application/gzip");
			file.put("bytes", Files.size(data));
			file.put("sha256", sha256(data));
			file.put("records", summary.documents());
			file.put("uncompressedBytes", summary.bytes());
			file.put("uncompressedSha256", summary.sha256());
			Files.writeString(work.resolve(MANIFEST),
					DocumentJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
			if (Files.exists(target)) {
				deleteTree(target);
			}
			Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
			prune();
			return read(target).orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the snapshot in " + target, ex);
		}
	}

	/** The snapshots kept, newest first. */
	public List<Snapshot> list() {
		if (!Files.isDirectory(this.root)) {
			return List.of();
		}
		try (Stream<Path> dirs = Files.list(this.root)) {
			List<Snapshot> list = new ArrayList<>();
			dirs.filter((d) -> d.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}"))
				.sorted(Comparator.reverseOrder())
				.forEach((d) -> read(d).ifPresent(list::add));
			return list;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A file of a snapshot: its data or its manifest. */
	public Path file(String date, String name) {
		if (!date.matches("\\d{4}-\\d{2}-\\d{2}") || !(DATA_FILE.equals(name) || MANIFEST.equals(name))) {
			throw new DocumentNotFoundException("快照 " + date + "/" + name);
		}
		Path file = this.root.resolve(date).resolve(name);
		if (!Files.isRegularFile(file)) {
			throw new DocumentNotFoundException("快照 " + date + "/" + name);
		}
		return file;
	}

	private Optional<Snapshot> read(Path dir) {
		Path manifest = dir.resolve(MANIFEST);
		if (!Files.isRegularFile(manifest)) {
			return Optional.empty();
		}
		try {
			JsonNode m = DocumentJson.mapper().readTree(Files.readString(manifest));
			JsonNode file = m.path("files").path(0);
			return Optional.of(new Snapshot(LocalDate.parse(m.path("date").asString()), m.path("documents").asLong(),
					file.path("bytes").asLong(), file.path("sha256").asString(),
					"/api/v1/export/snapshots/" + dir.getFileName() + "/" + DATA_FILE,
					"/api/v1/export/snapshots/" + dir.getFileName() + "/" + MANIFEST));
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Unreadable snapshot manifest {}: {}", manifest, ex.toString());
			return Optional.empty();
		}
	}

	private void prune() throws IOException {
		List<Snapshot> all = list();
		for (int i = this.keep; i < all.size(); i++) {
			deleteTree(this.root.resolve(all.get(i).date().toString()));
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	private static String sha256(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A dated snapshot.
	 *
	 * @param date the day it was taken
	 * @param documents documents in it
	 * @param bytes size of its data file
	 * @param sha256 SHA-256 of its data file
	 * @param dataUrl where to download the data
	 * @param manifestUrl where to download the manifest
	 */
	public record Snapshot(LocalDate date, long documents, long bytes, String sha256, String dataUrl,
			String manifestUrl) {
	}

}
