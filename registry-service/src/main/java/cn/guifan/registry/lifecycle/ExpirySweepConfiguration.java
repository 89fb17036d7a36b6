package cn.guifan.registry.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import cn.guifan.registry.cluster.JobLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The expiry sweep as a Spring Batch job, run every night (and by registrars on demand),
 * so each run and what it did is on record in the job repository.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class ExpirySweepConfiguration {

	public static final String JOB_NAME = "expirySweepJob";

	private static final Logger logger = LoggerFactory.getLogger(ExpirySweepConfiguration.class);

	@Bean
	Job expirySweepJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, ExpirySweep sweep,
			Clock clock) {
		return new JobBuilder(JOB_NAME, jobRepository)
			.start(new StepBuilder("expirySweep", jobRepository).tasklet((contribution, context) -> {
				// Catch up on the days since the last run; a week back when nothing is
				// known.
				ExpirySweep.Result result = sweep.sweep(LocalDate.now(clock).minusDays(7));
				context.getStepContext()
					.getStepExecution()
					.getExecutionContext()
					.putInt("expired", result.expired().size());
				context.getStepContext()
					.getStepExecution()
					.getExecutionContext()
					.putInt("reindexed", result.reindexed().size());
				logger.info("Expiry sweep: {} expired, {} reindexed", result.expired().size(),
						result.reindexed().size());
				return RepeatStatus.FINISHED;
			}, transactionManager).build())
			.build();
	}

	@Bean
	ExpirySweepRunner expirySweepRunner(JobOperator jobOperator, Job expirySweepJob, JobLocks locks) {
		return new ExpirySweepRunner(jobOperator, expirySweepJob, locks);
	}

	/**
	 * Starts the sweep: nightly at 02:10, and on demand. Of several instances on one
	 * database, one runs each nightly firing (the others skip it).
	 */
	public static class ExpirySweepRunner {

		/** The name of the nightly sweep's lease in {@link JobLocks}. */
		public static final String LOCK = "expiry-sweep";

		/**
		 * How long the lease is kept after a run began: longer than instances' clocks and
		 * schedulers differ, shorter than the time between two firings.
		 */
		private static final Duration AT_LEAST = Duration.ofMinutes(5);

		/**
		 * The longest a sweep may hold the lease (an instance that died frees it then).
		 */
		private static final Duration AT_MOST = Duration.ofHours(6);

		private final JobOperator jobOperator;

		private final Job job;

		private final JobLocks locks;

		ExpirySweepRunner(JobOperator jobOperator, Job job, JobLocks locks) {
			this.jobOperator = jobOperator;
			this.job = job;
			this.locks = locks;
		}

		@Scheduled(cron = "${guifan.lifecycle.sweep-cron:0 10 2 * * *}")
		public void nightly() throws Exception {
			this.locks.runOnce(LOCK, AT_LEAST, AT_MOST, this::run);
		}

		public JobExecution run() throws Exception {
			return this.jobOperator.start(this.job,
					new JobParametersBuilder().addLong("run", System.currentTimeMillis()).toJobParameters());
		}

	}

}
