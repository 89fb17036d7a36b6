package cn.guifan.registry.collection;

import java.time.Clock;

import cn.guifan.registry.export.BookWriters;
import cn.guifan.registry.export.DocumentTexts;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The collection build as a Spring Batch job: {@code resolveCollection} decides which
 * documents, in which parts and order, and stores them; {@code writeCollection} reads
 * them in chunks and writes the PDF and the DOCX, recording progress with each chunk.
 * Each build is a new job instance (collection id and a run number), on record in the job
 * repository.
 */
@Configuration(proxyBeanMethods = false)
class CollectionJobConfiguration {

	static final String JOB_NAME = "collectionJob";

	static final String COLLECTION_ID = "collectionId";

	/** Documents read and written per transaction. */
	static final int CHUNK = 20;

	@Bean
	Job collectionJob(JobRepository jobRepository, Step resolveCollection, Step writeCollection,
			CollectionBuildListener listener) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(listener)
			.start(resolveCollection)
			.next(writeCollection)
			.build();
	}

	@Bean
	Step resolveCollection(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CollectionStore store, ScopeResolver resolver, Clock clock) {
		return new StepBuilder("resolveCollection", jobRepository).tasklet((contribution, context) -> {
			long id = CollectionWriter.collectionId(context.getStepContext().getStepExecution());
			CompiledCollection collection = store.find(id).orElseThrow(() -> new CollectionNotFoundException("" + id));
			store.started(id, clock.instant());
			ScopeResolver.Resolution resolution = resolver.resolve(collection.definition());
			store.replaceItems(id, resolution.items(), resolution.allPublic());
			contribution.incrementWriteCount(resolution.items().size());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	Step writeCollection(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CollectionStore store, CollectionFiles files, DocumentTexts texts, BookWriters writers, Clock clock) {
		CollectionItemReader reader = new CollectionItemReader(store);
		CollectionWriter writer = new CollectionWriter(store, files, texts, writers, clock);
		return new StepBuilder("writeCollection",
				jobRepository).<CompiledCollection.Item, CompiledCollection.Item>chunk(CHUNK)
			.transactionManager(transactionManager)
			.reader(reader)
			.writer(writer)
			.listener(reader)
			.listener(writer)
			.build();
	}

}
