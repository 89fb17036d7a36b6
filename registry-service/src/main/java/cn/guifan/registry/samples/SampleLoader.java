package cn.guifan.registry.samples;

import java.nio.file.Path;
import java.time.Duration;

import cn.guifan.registry.document.Documents;
import cn.guifan.registry.ingest.IngestReport;
import cn.guifan.registry.ingest.IngestService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the sample documents into an empty registry when the demo starts, through the
 * real ingest job, so the demo has something to search.
 */
@Component
@ConditionalOnProperty(name = "guifan.samples.load", havingValue = "true")
class SampleLoader implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SampleLoader.class);

	private final SampleDocuments samples;

	private final Documents documents;

	private final IngestService ingest;

	SampleLoader(SampleDocuments samples, Documents documents, IngestService ingest) {
		this.samples = samples;
		this.documents = documents;
		this.ingest = ingest;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (this.documents.count() > 0) {
			logger.info("The registry holds {} documents; samples not loaded", this.documents.count());
			return;
		}
		Path directory = this.samples.unpack();
		IngestReport report = this.ingest.ingest(directory, Duration.ofMinutes(2));
		logger.info("Loaded the sample documents: {} stored, {} merged, {} skipped", report.counts().stored(),
				report.counts().merged(), report.counts().skipped());
	}

}
