package cn.guifan.registry.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Guifan's settings ({@code guifan.*}). Everything has a default that runs on one machine
 * with nothing installed but a JDK.
 *
 * @param dataDir where the database, the file store and the managed Elasticsearch node
 * live
 * @param elasticsearch the search cluster, or the managed node when no URI is given
 * @param ingest how ingest runs
 * @param indexer how the outbox is drained to the index
 * @param samples the bundled demo documents
 * @param reindex rebuilds of the search index
 */
@ConfigurationProperties("guifan")
public record GuifanProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Elasticsearch elasticsearch,
		@DefaultValue Ingest ingest, @DefaultValue Indexer indexer, @DefaultValue Samples samples,
		@DefaultValue Reindex reindex) {

	/**
	 * The search cluster.
	 *
	 * @param enabled whether this process uses Elasticsearch at all (commands that only
	 * read the registry, such as {@code guifan check}, run without it)
	 * @param uris cluster addresses; empty means: start and manage a local node
	 * @param username basic-auth user
	 * @param password basic-auth password
	 * @param apiKey encoded API key
	 * @param caCertificate PEM file of the CA for TLS with a private CA
	 * @param alias the index alias searches and writes use
	 * @param connectTimeout connection timeout
	 * @param socketTimeout response timeout
	 * @param managed the managed local node
	 */
	public record Elasticsearch(@DefaultValue("true") boolean enabled, @DefaultValue List<URI> uris,
			@Nullable String username, @Nullable String password, @Nullable String apiKey, @Nullable Path caCertificate,
			@DefaultValue("guifan-documents") String alias, @DefaultValue("5s") Duration connectTimeout,
			@DefaultValue("60s") Duration socketTimeout, @DefaultValue Managed managed) {

		public boolean isManaged() {
			return this.uris.isEmpty();
		}

	}

	/**
	 * The local node Guifan starts when no cluster is configured.
	 *
	 * @param home its folder; defaults to {@code <dataDir>/elasticsearch}
	 * @param heapMb its heap
	 * @param startTimeout how long to wait for it to become healthy
	 * @param checkInterval how often the service looks whether the node it started is
	 * still running, and starts it again if it died
	 */
	public record Managed(@Nullable Path home, @DefaultValue("512") int heapMb,
			@DefaultValue("180s") Duration startTimeout, @DefaultValue("10s") Duration checkInterval) {
	}

	/**
	 * Ingest settings.
	 *
	 * @param chunkSize files per transaction
	 * @param threads files parsed at once
	 * @param maxFileBytes larger files are refused (TOO_LARGE)
	 * @param maxTextChars longer texts are refused (TOO_LARGE)
	 * @param parseTimeout a parse (OCR included) that takes longer is abandoned (TIMEOUT)
	 * @param maxAbandonedParses abandoned parses still running before the run stops
	 * @param maxArchiveEntries members of a zip archive, nested ones included
	 * @param maxArchiveBytes uncompressed bytes of a zip archive, nested ones included
	 * @param maxCompressionRatio highest compression ratio of a member of a zip archive
	 * @param maxArchiveDepth zip archives within zip archives (1: none nested)
	 * @param ocr whether scans and images are read with Tesseract
	 * @param ocrLanguage Tesseract's language data
	 * @param tesseractPath folder of the {@code tesseract} program; empty: the PATH
	 * @param workDir where archives are expanded during a run; defaults to
	 * {@code <dataDir>/work}
	 */
	public record Ingest(@DefaultValue("50") int chunkSize, @DefaultValue("2") int threads,
			@DefaultValue("536870912") long maxFileBytes, @DefaultValue("20000000") int maxTextChars,
			@DefaultValue("180s") Duration parseTimeout, @DefaultValue("4") int maxAbandonedParses,
			@DefaultValue("20000") int maxArchiveEntries, @DefaultValue("2147483648") long maxArchiveBytes,
			@DefaultValue("100") int maxCompressionRatio, @DefaultValue("3") int maxArchiveDepth,
			@DefaultValue("true") boolean ocr, @DefaultValue("chi_sim") String ocrLanguage,
			@Nullable Path tesseractPath, @Nullable Path workDir) {
	}

	/**
	 * Outbox indexer settings.
	 *
	 * @param batchSize documents per bulk request
	 * @param threads threads that segment text for the index
	 * @param maxAttempts attempts before a document is reported as failing to index
	 * @param enabled whether this process drains the outbox
	 * @param batchMaxChars characters of text per batch (the bodies as indexed, at most
	 * two million each): a batch ends at {@code batchSize} documents or at this many
	 * characters, whichever comes first, so that a batch of long texts does not fill the
	 * heap (a document over it goes alone)
	 * @param linger while changes are committed in a stream (an ingest), how long a batch
	 * short of {@code batchSize} waits for the next commits: fewer, larger bulk requests;
	 * a lone change is indexed at once ({@code 0}, the default: never wait; on a local
	 * node the fewer bulks gave no measurable ingest gain, 2026-12-07, but a remote
	 * cluster pays a round trip per request)
	 * @param ingestRefresh how often the index makes new entries visible while an ingest
	 * runs (otherwise every second): each refresh writes a small segment that
	 * Elasticsearch later merges, and a bulk load made dozens of them; the ingest
	 * refreshes when it ends. {@code 1s} keeps the usual interval.
	 * @param bulks bulk requests sent at once: the node indexes one request to the
	 * index's one shard on one thread, so with one at a time it indexed on one core while
	 * the other stood idle at the end of an ingest; two requests never hold the same
	 * document
	 */
	public record Indexer(@DefaultValue("200") int batchSize, @DefaultValue("2") int threads,
			@DefaultValue("8") int maxAttempts, @DefaultValue("true") boolean enabled,
			@DefaultValue("4000000") long batchMaxChars, @DefaultValue("0s") Duration linger,
			@DefaultValue("30s") Duration ingestRefresh, @DefaultValue("2") int bulks) {
	}

	/**
	 * The bundled sample documents of the fictional 青禾县.
	 *
	 * @param load whether to load them into an empty registry at start
	 * ({@code guifan demo})
	 */
	public record Samples(@DefaultValue("false") boolean load) {
	}

	/**
	 * Rebuilds of the search index.
	 *
	 * @param oldIndexGrace how long the replaced index is kept after the swap, for
	 * searches that resolved the alias just before it
	 * @param apiEnabled whether {@code /api/v1/admin/reindex} answers (to registrars and
	 * administrators)
	 */
	public record Reindex(@DefaultValue("5s") Duration oldIndexGrace, @DefaultValue("true") boolean apiEnabled) {
	}

	public Path elasticsearchHome() {
		Path home = this.elasticsearch.managed().home();
		return (home != null) ? home : this.dataDir.resolve("elasticsearch");
	}

	/** Where ingest expands archives. */
	public Path ingestWorkDir() {
		Path work = this.ingest.workDir();
		return (work != null) ? work : this.dataDir.resolve("work");
	}

	public Path fileStore() {
		return this.dataDir.resolve("files");
	}

}
