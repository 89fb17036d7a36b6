package cn.guifan.ingest.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.jspecify.annotations.Nullable;

/**
 * Starts an ingest run over a directory, or resumes the last run over the same directory
 * when it failed, was stopped, or its process died (killed, the machine lost power): a
 * restart continues after the last committed chunk.
 * <p>
 * A process that dies leaves its execution STARTED; Spring Batch cannot restart that. The
 * execution records its owner ({@link RunOwner}, written as the run starts): when that
 * process no longer runs, the execution is marked failed ({@link JobOperator#recover})
 * and restarted. When it still runs, a second run over the same directory is refused
 * rather than started beside it.
 */
public final class IngestRunner {

	private static final Logger logger = LoggerFactory.getLogger(IngestRunner.class);

	/** Job execution context key: the process that runs the execution. */
	static final String OWNER_KEY = "guifan.owner";

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
		JobExecution last = lastOver(root.toString());
		if (last != null) {
			BatchStatus status = last.getStatus();
			if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
				return this.jobOperator.restart(last);
			}
			if (status.isRunning()) {
				ExecutionContext context = last.getExecutionContext();
				RunOwner owner = context.containsKey(OWNER_KEY) ? RunOwner.parse(context.getString(OWNER_KEY)) : null;
				if (owner != null && owner.isAlive(lastRecorded(last), Instant.now())) {
					throw new IngestAlreadyRunningException("目录 " + root + " 的导入正在进行（运行编号 " + last.getId() + "，"
							+ owner.describe() + "），请等它结束；如该进程已不存在，请稍后再试");
				}
				logger.warn("Ingest run {} over {} was left {} by {}, which no longer runs: resuming it", last.getId(),
						root, status, (owner != null) ? owner : "an unknown process");
				return this.jobOperator.restart(this.jobOperator.recover(last));
			}
		}
		JobParameters parameters = new JobParametersBuilder()
			.addString(IngestJobConfiguration.SOURCE_PARAMETER, root.toString())
			.addLong(IngestJobConfiguration.RUN_PARAMETER, System.currentTimeMillis())
			.toJobParameters();
		return this.jobOperator.start(this.ingestJob, parameters);
	}

	/** The last execution of the newest run over this directory, if any. */
	private @Nullable JobExecution lastOver(String root) {
		List<JobInstance> instances = this.jobRepository.getJobInstances(IngestJobConfiguration.JOB_NAME, 0,
				INSTANCES_TO_SCAN);
		for (JobInstance instance : instances) {
			JobExecution last = this.jobRepository.getLastJobExecution(instance);
			if (last == null) {
				continue;
			}
			String source = last.getJobParameters().getString(IngestJobConfiguration.SOURCE_PARAMETER);
			if (root.equals(source)) {
				return last;
			}
		}
		return null;
	}

	/** When an execution last recorded anything: itself or a chunk of its step. */
	private static Instant lastRecorded(JobExecution execution) {
		LocalDateTime latest = (execution.getLastUpdated() != null) ? execution.getLastUpdated()
				: execution.getCreateTime();
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getLastUpdated() != null && (latest == null || step.getLastUpdated().isAfter(latest))) {
				latest = step.getLastUpdated();
			}
		}
		return (latest != null) ? latest.atZone(ZoneId.systemDefault()).toInstant() : Instant.EPOCH;
	}

	/**
	 * Records the process that runs an execution, before its first file is read, so that
	 * a later run can tell whether it still runs.
	 */
	static JobExecutionListener ownerRecorder(JobRepository jobRepository) {
		return new JobExecutionListener() {
			@Override
			public void beforeJob(JobExecution execution) {
				execution.getExecutionContext().putString(OWNER_KEY, RunOwner.current().toString());
				jobRepository.updateExecutionContext(execution);
			}
		};
	}

	/** Another process is ingesting the same directory now. */
	public static final class IngestAlreadyRunningException extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		IngestAlreadyRunningException(String message) {
			super(message);
		}

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
