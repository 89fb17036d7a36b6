package cn.guifan.registry.collection;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs collection builds one at a time, on a thread of their own, so a request that
 * defines a collection returns at once and two large builds never share the memory.
 */
@Component
class CollectionBuilds implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(CollectionBuilds.class);

	private final JobOperator jobOperator;

	private final Job collectionJob;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((r) -> {
		Thread thread = new Thread(r, "guifan-collection");
		thread.setDaemon(true);
		return thread;
	});

	CollectionBuilds(JobOperator jobOperator, Job collectionJob) {
		this.jobOperator = jobOperator;
		this.collectionJob = collectionJob;
	}

	/** Queues a build; it runs after those queued before it. */
	Future<?> submit(long collectionId) {
		return this.executor.submit(() -> {
			try {
				run(collectionId);
			}
			catch (Exception ex) {
				logger.warn("Collection {} could not be built", collectionId, ex);
			}
		});
	}

	/** Builds now, in the caller's thread (the command line). */
	JobExecution run(long collectionId) throws Exception {
		return this.jobOperator.start(this.collectionJob,
				new JobParametersBuilder().addLong(CollectionJobConfiguration.COLLECTION_ID, collectionId)
					.addLong("run", System.nanoTime())
					.toJobParameters());
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
