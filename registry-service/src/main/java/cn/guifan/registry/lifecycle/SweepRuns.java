package cn.guifan.registry.lifecycle;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * When the expiry sweep last completed, from the job repository where every run is on
 * record: how current the statuses that turn with the date are.
 */
@Component
public class SweepRuns {

	private final JobRepository jobs;

	SweepRuns(JobRepository jobs) {
		this.jobs = jobs;
	}

	/** The end of the latest sweep that completed, if any did. */
	public Optional<Instant> lastCompleted() {
		// A run that failed or still runs is passed over: the statuses are as current as
		// the last run that finished.
		for (JobInstance instance : this.jobs.getJobInstances(ExpirySweepConfiguration.JOB_NAME, 0, 20)) {
			JobExecution execution = this.jobs.getLastJobExecution(instance);
			if (execution != null && execution.getStatus() == BatchStatus.COMPLETED) {
				LocalDateTime end = execution.getEndTime();
				if (end != null) {
					return Optional.of(end.atZone(ZoneId.systemDefault()).toInstant());
				}
			}
		}
		return Optional.empty();
	}

}
