package cn.guifan.registry.support;

import java.time.Duration;

import cn.guifan.registry.indexing.OutboxIndexer;
import cn.guifan.registry.ingest.IngestReport;
import cn.guifan.registry.ingest.IngestService;
import cn.guifan.registry.samples.SampleDocuments;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 24 sample documents of the fictional 青禾县, ingested into the test's registry once
 * per application context, all stored and searchable before the first test.
 */
@TestComponent
public class SampleFixture {

	private final IngestService ingest;

	private final SampleDocuments samples;

	private final OutboxIndexer indexer;

	private @Nullable IngestReport report;

	SampleFixture(IngestService ingest, SampleDocuments samples, OutboxIndexer indexer) {
		this.ingest = ingest;
		this.samples = samples;
		this.indexer = indexer;
	}

	/** Ingests the samples (the first time) and returns what the run did. */
	public synchronized IngestReport load() throws Exception {
		if (this.report == null) {
			IngestReport loaded = this.ingest.ingest(this.samples.unpack(), Duration.ofSeconds(120));
			assertThat(loaded.completed()).as("the sample run completes").isTrue();
			assertThat(loaded.issues()).as("every sample is read").isEmpty();
			assertThat(this.indexer.awaitIdle(Duration.ofSeconds(60))).as("the samples are searchable").isTrue();
			this.report = loaded;
		}
		return this.report;
	}

}
