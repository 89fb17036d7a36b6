package cn.guifan.registry.operations;

import java.time.Clock;
import java.time.Duration;

import cn.guifan.ingest.job.IngestJobConfiguration;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.indexing.OutboxBacklog;
import cn.guifan.registry.lifecycle.SweepRuns;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.batch.core.launch.NoSuchJobException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * The registry's own metrics, read from the database when they are scraped (so several
 * instances report the same figures): documents, the outbox backlog, ingest runs and the
 * age of the last expiry sweep. Prometheus names: {@code guifan_documents},
 * {@code guifan_outbox_pending}, {@code guifan_outbox_failed},
 * {@code guifan_outbox_oldest_age_seconds}, {@code guifan_ingest_runs},
 * {@code guifan_ingest_runs_running}, {@code guifan_expiry_sweep_age_seconds}.
 */
@Component
class RegistryMetrics implements MeterBinder {

	private final Documents documents;

	private final OutboxBacklog backlog;

	private final SweepRuns sweeps;

	private final JobRepository jobs;

	private final Clock clock;

	RegistryMetrics(Documents documents, OutboxBacklog backlog, SweepRuns sweeps, JobRepository jobs, Clock clock) {
		this.documents = documents;
		this.backlog = backlog;
		this.sweeps = sweeps;
		this.jobs = jobs;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("guifan.documents", this.documents, Documents::count)
			.description("Documents in the registry")
			.register(registry);
		Gauge.builder("guifan.outbox.pending", this.backlog, (b) -> b.current().pending())
			.description("Outbox entries still to be written to the search index")
			.register(registry);
		Gauge.builder("guifan.outbox.failed", this.backlog, (b) -> b.current().failed())
			.description("Outbox entries given up after the last attempt")
			.register(registry);
		Gauge.builder("guifan.outbox.oldest.age", this.backlog, this::oldestAgeSeconds)
			.description("How long the oldest pending outbox entry has waited (0 when none)")
			.baseUnit("seconds")
			.register(registry);
		Gauge.builder("guifan.ingest.runs", this.jobs, this::ingestRuns)
			.description("Ingest runs on record in the job repository")
			.register(registry);
		Gauge
			.builder("guifan.ingest.runs.running", this.jobs,
					(j) -> j.findRunningJobExecutions(IngestJobConfiguration.JOB_NAME).size())
			.description("Ingest runs in progress (any process)")
			.register(registry);
		Gauge.builder("guifan.expiry.sweep.age", this.sweeps, this::sweepAgeSeconds)
			.description("Age of the last completed expiry sweep (NaN when none ran)")
			.baseUnit("seconds")
			.register(registry);
	}

	private double oldestAgeSeconds(OutboxBacklog backlog) {
		return backlog.current()
			.oldestPending()
			.map((oldest) -> (double) Duration.between(oldest, this.clock.instant()).toSeconds())
			.orElse(0.0);
	}

	private double ingestRuns(JobRepository jobs) {
		try {
			return jobs.getJobInstanceCount(IngestJobConfiguration.JOB_NAME);
		}
		catch (NoSuchJobException ex) {
			return 0;
		}
	}

	private double sweepAgeSeconds(SweepRuns sweeps) {
		return sweeps.lastCompleted()
			.map((last) -> (double) Duration.between(last, this.clock.instant()).toSeconds())
			.orElse(Double.NaN);
	}

}
