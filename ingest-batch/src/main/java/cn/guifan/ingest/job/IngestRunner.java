package cn.guifan.ingest.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.jspecify.annotations.Nullable;

/**
 * Starts an ingest run over a directory, or resumes the last run over the same directory
 * when it failed or was stopped (a restart continues after the last committed chunk).
 */
public final class IngestRunner {

	private static final int INSTANCES_TO_SCAN = 200;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job ingestJob;

	public IngestRunner(JobOperator jobOperator, JobRepository jobRepository, Job ingestJob) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.ingestJob = ingestJob;
	}

	/** Runs to the end (in this thread) and returns the execution. */
	public JobExecution run(Path source) throws Exception {
		Path root = source.toAbsolutePath().normalize();
		if (!Files.exists(root)) {
			throw new IllegalArgumentException("找不到要导入的目录或文件：" + source);
		}
		JobExecution unfinished = lastUnfinished(root.toString());
		if (unfinished != null) {
			return this.jobOperator.restart(unfinished);
		}
		JobParameters parameters = new JobParametersBuilder()
			.addString(IngestJobConfiguration.SOURCE_PARAMETER, root.toString())
			.addLong(IngestJobConfiguration.RUN_PARAMETER, System.currentTimeMillis())
			.toJobParameters();
		return this.jobOperator.start(this.ingestJob, parameters);
	}

	private @Nullable JobExecution lastUnfinished(String root) {
		List<JobInstance> instances = this.jobRepository.getJobInstances(IngestJobConfiguration.JOB_NAME, 0,
				INSTANCES_TO_SCAN);
		for (JobInstance instance : instances) {
			JobExecution last = this.jobRepository.getLastJobExecution(instance);
			if (last == null) {
				continue;
			}
			String source = last.getJobParameters().getString(IngestJobConfiguration.SOURCE_PARAMETER);
			if (root.equals(source)) {
				BatchStatus status = last.getStatus();
				return (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) ? last : null;
			}
		}
		return null;
	}

	/** What a run did, from its step execution (persisted with every chunk). */
	public static RunCounts counts(JobExecution execution) {
		long read = 0;
		long stored = 0;
		long merged = 0;
		long duplicates = 0;
		long skipped = 0;
		long stageFailures = 0;
		for (StepExecution step : execution.getStepExecutions()) {
			ExecutionContext context = step.getExecutionContext();
			read += step.getReadCount();
			stored += context.getLong(DocumentSinkWriter.STORED_KEY, 0L);
			merged += context.getLong(DocumentSinkWriter.MERGED_KEY, 0L);
			duplicates += context.getLong(DocumentSinkWriter.DUPLICATES_KEY, 0L) + step.getFilterCount();
			skipped += step.getSkipCount();
			stageFailures += context.getLong(DocumentSinkWriter.STAGE_FAILURES_KEY, 0L);
		}
		return new RunCounts(read, stored, merged, duplicates, skipped, stageFailures);
	}

	/**
	 * The counts of a run.
	 *
	 * @param read files read
	 * @param stored new documents
	 * @param merged files added as another source of a known document
	 * @param duplicates files already stored
	 * @param skipped files skipped: they could not be read, or stored (each reported with
	 * its reason)
	 * @param withStageFailures files stored (or merged) although a step of their metadata
	 * extraction failed
	 */
	public record RunCounts(long read, long stored, long merged, long duplicates, long skipped,
			long withStageFailures) {
	}

}
