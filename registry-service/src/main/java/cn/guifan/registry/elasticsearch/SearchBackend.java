package cn.guifan.registry.elasticsearch;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.guifan.registry.config.GuifanProperties;
import cn.guifan.search.analysis.ChineseAnalyzer;
import cn.guifan.search.client.ClusterSettings;
import cn.guifan.search.client.SearchClient;
import cn.guifan.search.index.DocumentIndex;
import cn.guifan.search.index.IndexUnavailableException;
import cn.guifan.managed.ManagedElasticsearch;
import cn.guifan.managed.ManagedNodeSettings;
import cn.guifan.search.query.DocumentSearch;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The connection to Elasticsearch for the whole application: the configured cluster, or a
 * real local node that Guifan starts and stops itself when no cluster URI is configured
 * (the embedded default). Starts before anything that searches or indexes, stops after
 * them.
 */
@Component
public class SearchBackend implements SmartLifecycle {

	/** Lifecycle phase: before the indexer and the web server. */
	public static final int PHASE = Integer.MIN_VALUE + 1000;

	private static final Logger logger = LoggerFactory.getLogger(SearchBackend.class);

	private final GuifanProperties properties;

	private final ChineseAnalyzer analyzer;

	private final AtomicBoolean indexReady = new AtomicBoolean();

	private volatile @Nullable ManagedElasticsearch node;

	private volatile @Nullable SearchClient client;

	private volatile @Nullable DocumentIndex index;

	private volatile @Nullable DocumentSearch search;

	private volatile @Nullable ScheduledExecutorService watcher;

	private final Clock clock;

	/**
	 * The managed node, being started since this bean was made: starting it takes longer
	 * than anything else at startup (tens of seconds), so it runs while the rest of the
	 * application (database migrations, the ingest job, the web server) is set up, and
	 * {@link #start} waits for it.
	 */
	private final @Nullable CompletableFuture<ManagedElasticsearch> starting;

	public SearchBackend(GuifanProperties properties, ChineseAnalyzer analyzer, Clock clock) {
		this.properties = properties;
		this.analyzer = analyzer;
		this.clock = clock;
		GuifanProperties.Elasticsearch es = properties.elasticsearch();
		if (es.enabled() && es.isManaged()) {
			ManagedNodeSettings nodeSettings = ManagedNodeSettings.defaults(properties.elasticsearchHome())
				.withHeapMb(es.managed().heapMb())
				.withStartTimeout(es.managed().startTimeout());
			CompletableFuture<ManagedElasticsearch> future = new CompletableFuture<>();
			this.starting = future;
			Thread starter = new Thread(() -> {
				try {
					future.complete(ManagedElasticsearch.startOrAttach(nodeSettings));
				}
				catch (RuntimeException | Error ex) {
					future.completeExceptionally(ex);
				}
			}, "elasticsearch-start");
			starter.setDaemon(true);
			starter.start();
		}
		else {
			this.starting = null;
		}
	}

	@Override
	public void start() {
		GuifanProperties.Elasticsearch es = this.properties.elasticsearch();
		if (!es.enabled()) {
			logger.info("Elasticsearch is not used by this process");
			return;
		}
		ClusterSettings settings;
		if (es.isManaged() && this.starting != null) {
			ManagedElasticsearch started;
			try {
				started = this.starting.join();
			}
			catch (CompletionException ex) {
				throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
			}
			this.node = started;
			logger.info("Elasticsearch node {} at {}", started.ownsNode() ? "started" : "shared", started.httpUri());
			settings = ClusterSettings.local(started.httpUri());
			watchNode(es.managed().checkInterval());
		}
		else {
			settings = new ClusterSettings(es.uris(), es.username(), es.password(), es.apiKey(), es.caCertificate(),
					es.connectTimeout(), es.socketTimeout());
			logger.info("Using the Elasticsearch cluster at {}", es.uris());
		}
		connect(settings);
		ensureIndex();
	}

	private ManagedElasticsearch startNode() {
		GuifanProperties.Elasticsearch es = this.properties.elasticsearch();
		ManagedNodeSettings nodeSettings = ManagedNodeSettings.defaults(this.properties.elasticsearchHome())
			.withHeapMb(es.managed().heapMb())
			.withStartTimeout(es.managed().startTimeout());
		ManagedElasticsearch started = ManagedElasticsearch.startOrAttach(nodeSettings);
		this.node = started;
		logger.info("Elasticsearch node {} at {}", started.ownsNode() ? "started" : "shared", started.httpUri());
		return started;
	}

	private void connect(ClusterSettings settings) {
		String alias = this.properties.elasticsearch().alias();
		SearchClient connected = SearchClient.connect(settings);
		this.index = new DocumentIndex(connected.client(), alias);
		this.search = new DocumentSearch(connected.client(), alias, this.analyzer, this.clock);
		this.client = connected;
	}

	/**
	 * Looks at the managed node every interval: a node that crashed or was killed (out of
	 * memory, the OOM killer, an operator's mistake) is started again from the same data,
	 * so that searches answer again without a restart of the service; the outbox then
	 * brings the index up to date.
	 */
	private void watchNode(Duration interval) {
		ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor((r) -> {
			Thread t = new Thread(r, "guifan-elasticsearch-watch");
			t.setDaemon(true);
			return t;
		});
		long millis = Math.max(interval.toMillis(), 100);
		watcher.scheduleWithFixedDelay(this::restartIfDead, millis, millis, TimeUnit.MILLISECONDS);
		this.watcher = watcher;
	}

	/**
	 * Starts the managed node again if it died, and reconnects to it.
	 * @return whether a new node was started
	 */
	public synchronized boolean restartIfDead() {
		ManagedElasticsearch current = this.node;
		if (current == null || current.isAlive() || this.client == null) {
			return false;
		}
		logger.error("The Elasticsearch node (pid {}) is no longer running; starting it again", current.pid());
		current.close();
		try {
			ManagedElasticsearch started = startNode();
			SearchClient old = this.client;
			this.indexReady.set(false);
			connect(ClusterSettings.local(started.httpUri()));
			if (old != null) {
				old.close();
			}
			ensureIndex();
			logger.info("Elasticsearch is back at {}", started.httpUri());
			return true;
		}
		catch (RuntimeException ex) {
			// Tried again at the next check.
			logger.error("Elasticsearch could not be started again: {}", ex.getMessage());
			return false;
		}
	}

	/**
	 * Creates the index behind the alias if it is missing. Returns false (and logs) while
	 * the cluster cannot be reached, so the application runs on and the indexer catches
	 * up later.
	 */
	public boolean ensureIndex() {
		if (this.indexReady.get()) {
			return true;
		}
		try {
			index().ensureIndex();
			this.indexReady.set(true);
			return true;
		}
		catch (RuntimeException ex) {
			logger.warn("Search index not ready: {}", ex.getMessage());
			return false;
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService watching = this.watcher;
		if (watching != null) {
			watching.shutdownNow();
			this.watcher = null;
		}
		synchronized (this) {
			closeAll();
		}
	}

	private void closeAll() {
		SearchClient connected = this.client;
		if (connected != null) {
			connected.close();
		}
		ManagedElasticsearch started = this.node;
		if (started == null && this.starting != null) {
			// Started early, but the application stopped before using it.
			CompletableFuture<ManagedElasticsearch> early = this.starting;
			started = (early.isDone() && !early.isCompletedExceptionally()) ? early.join() : null;
		}
		if (started != null) {
			started.close();
		}
		this.client = null;
		this.node = null;
		this.indexReady.set(false);
	}

	@Override
	public boolean isRunning() {
		return this.client != null;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	public DocumentIndex index() {
		return require(this.index);
	}

	public DocumentSearch search() {
		return require(this.search);
	}

	public SearchClient client() {
		return require(this.client);
	}

	public String alias() {
		return this.properties.elasticsearch().alias();
	}

	private static <T> T require(@Nullable T value) {
		if (value == null) {
			throw new IndexUnavailableException("检索服务未启动", null);
		}
		return value;
	}

}
