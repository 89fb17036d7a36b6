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
 * are parsed on several threads within a chunk; the chunk is stored in one transaction.
 * No single document can fail the run: a file that cannot be read, or meets an unexpected
 * error of its own while read or stored, is skipped and reported, and a failed metadata
 * stage costs only its field ({@link IngestSkipPolicy}). A failure of what the run stands
 * on (the database down) fails the run, which can then be restarted where it stopped.
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

	@Bean
	@StepScope
	SourceFileReader sourceFileReader(@Value("#{jobParameters['" + SOURCE_PARAMETER + "']}") String source,
			IngestMonitor monitor, ObjectProvider<IngestProperties> properties) {
		return new SourceFileReader(Path.of(source), monitor,
				properties.getIfAvailable(() -> IngestProperties.DEFAULT));
	}

	@Bean
	Step ingestFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SourceFileReader sourceFileReader, TextExtractor textExtractor, MetadataExtractor metadataExtractor,
			DocumentSink sink, IngestMonitor monitor, ObjectProvider<IngestProperties> properties,
			ThreadPoolTaskExecutor ingestParsers) {
		IngestProperties settings = properties.getIfAvailable(() -> IngestProperties.DEFAULT);
		return new StepBuilder(STEP_NAME, jobRepository).<SourceFileItem, IngestedDocument>chunk(settings.chunkSize())
			.transactionManager(transactionManager)
			.reader(sourceFileReader)
			.processor(new FileToDocumentProcessor(textExtractor, metadataExtractor, sink, monitor))
			.writer(new DocumentSinkWriter(sink, monitor))
			.faultTolerant()
			.skipPolicy(new IngestSkipPolicy())
			.skipListener(new SkippedFileReporter(sink, monitor))
			.taskExecutor(ingestParsers)
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
