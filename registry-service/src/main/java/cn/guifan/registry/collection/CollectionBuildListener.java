package cn.guifan.registry.collection;

import cn.guifan.registry.common.InvalidRequestException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Marks a collection failed, with a reason a registrar can read, when its build fails.
 */
@Component
class CollectionBuildListener implements JobExecutionListener {

	private final CollectionStore store;

	CollectionBuildListener(CollectionStore store) {
		this.store = store;
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		Long id = jobExecution.getJobParameters().getLong(CollectionJobConfiguration.COLLECTION_ID);
		if (id == null || jobExecution.getStatus() == BatchStatus.COMPLETED) {
			return;
		}
		Throwable cause = jobExecution.getAllFailureExceptions().stream().findFirst().orElse(null);
		while (cause != null && cause.getCause() != null && !(cause instanceof InvalidRequestException)) {
			cause = cause.getCause();
		}
		String reason = (cause instanceof InvalidRequestException) ? cause.getMessage()
				: "生成失败：" + ((cause != null) ? cause.getMessage() : jobExecution.getExitStatus().getExitDescription());
		this.store.state(id, CompiledCollection.State.FAILED, reason);
	}

}
