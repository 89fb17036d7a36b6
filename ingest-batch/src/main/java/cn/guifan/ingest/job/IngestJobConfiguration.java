package cn.guifan.ingest.job;

import java.nio.file.Path;

import cn.guifan.ingest.metadata.MetadataExtractor;
import cn.guifan.ingest.sink.DocumentSink;
import cn.guifan.ingest.sink.IngestedDocument;
import cn.guifan.ingest.source.SourceFileItem;
import cn.guifan.ingest.text.TextExtractor;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest job: files of a directory → text → metadata → {@link DocumentSink}.
 * <p>
 * One chunk-oriented, restartable step. The reader is sequential and checkpointed; files
 * are parsed on several threads ahead of the step ({@link ParseAhead}), so the next chunk
 * is parsed while one is stored; each chunk is stored in one transaction. No single
 * document can fail the run: a file that cannot be read, or meets an unexpected error of
 * its own while read or stored, is skipped and reported, and a failed metadata stage
 * costs only its field ({@link IngestSkipPolicy}). A failure of what the run stands on
 * (the database down) fails the run, which can then be restarted where it stopped.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

	public static final String JOB_NAME = "ingestJob";

	public static final String STEP_NAME = "ingestFiles";

	/** Job parameter: the directory (or file) to ingest. */
	public static final String SOURCE_PARAMETER = "source";

	/** Job parameter: distinguishes runs over the same directory. */
	public static final String RUN_PARAMETER = "run";

	@Bean
	IngestMonitor ingestMonitor() {
		return new IngestMonitor();
	}

	@Bean
	TextExtractor textExtractor(ObjectProvider<IngestProperties> properties) {
		IngestProperties settings = properties.getIfAvailable(() -> IngestProperties.DEFAULT);
		return new TextExtractor(settings.limits(), settings.ocr());
	}

	@Bean
	MetadataExtractor metadataExtractor() {
		return MetadataExtractor.standard();
	}

	/**
	 * The threads that parse files. Pooled: Tika and the XML parsers it uses keep
	 * per-thread caches, which a thread per file would rebuild for every file.
	 */
	@Bean
	ThreadPoolTaskExecutor ingestParsers(ObjectProvider<IngestProperties> properties) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		int threads = properties.getIfAvailable(() -> IngestProperties.DEFAULT).threads();
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setThreadNamePrefix("ingest-parse-");
		executor.setDaemon(true);
		return executor;
	}

	/**
	 * The step's reader: the files, parsed ahead on the parser threads, at most a chunk
	 * ahead of the step, so the next chunk is parsed while this one is stored.
	 */
	@Bean
	@StepScope
	ParseAhead parseAhead(@Value("#{jobParameters['" + SOURCE_PARAMETER + "']}") String source,
			TextExtractor textExtractor, MetadataExtractor metadataExtractor, DocumentSink sink, IngestMonitor monitor,
			ObjectProvider<IngestProperties> properties, ThreadPoolTaskExecutor ingestParsers) {
		IngestProperties settings = properties.getIfAvailable(() -> IngestProperties.DEFAULT);
		return new ParseAhead(new SourceFileReader(Path.of(source), monitor, settings),
				new FileToDocumentProcessor(textExtractor, metadataExtractor, sink, monitor), ingestParsers,
				Math.max(settings.chunkSize(), settings.threads()));
	}

	@Bean
	Step ingestFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ParseAhead parseAhead, DocumentSink sink, IngestMonitor monitor,
			ObjectProvider<IngestProperties> properties) {
		IngestProperties settings = properties.getIfAvailable(() -> IngestProperties.DEFAULT);
		// No task executor on the step: the files are parsed on the parser threads by the
		// reader, ahead of the step; its processor only takes their results, in order.
		return new StepBuilder(STEP_NAME, jobRepository).<SourceFileItem, IngestedDocument>chunk(settings.chunkSize())
			.transactionManager(transactionManager)
			.reader(parseAhead)
			.processor(parseAhead::take)
			.writer(new DocumentSinkWriter(sink, monitor))
			.faultTolerant()
			.skipPolicy(new IngestSkipPolicy())
			.skipListener(new SkippedFileReporter(sink, monitor))
			.build();
	}

	@Bean
	IngestRunner ingestRunner(org.springframework.batch.core.launch.JobOperator jobOperator,
			JobRepository jobRepository, Job ingestJob) {
		return new IngestRunner(jobOperator, jobRepository, ingestJob);
	}

	@Bean
	Job ingestJob(JobRepository jobRepository, Step ingestFilesStep) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(IngestRunner.ownerRecorder(jobRepository))
			.start(ingestFilesStep)
			.build();
	}

}
