package cn.guifan.registry.collection;

import cn.guifan.registry.common.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Marks a collection failed, with a reason a registrar can read, when its build fails.
 */
@Component
class CollectionBuildListener implements JobExecutionListener {

	private static final Logger logger = LoggerFactory.getLogger(CollectionBuildListener.class);

	private final CollectionStore store;

	CollectionBuildListener(CollectionStore store) {
		this.store = store;
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		Long id = jobExecution.getJobParameters().getLong(CollectionJobConfiguration.COLLECTION_ID);
		boolean failedOnExit = ExitStatus.FAILED.getExitCode().equals(jobExecution.getExitStatus().getExitCode());
		if (id == null || (jobExecution.getStatus() == BatchStatus.COMPLETED && !failedOnExit)) {
			return;
		}
		Throwable failure = jobExecution.getAllFailureExceptions().stream().findFirst().orElse(null);
		logger.error("Collection {} failed to build ({})", id, jobExecution.getStatus(), failure);
		Throwable cause = failure;
		while (cause != null && cause.getCause() != null && !(cause instanceof InvalidRequestException)) {
			cause = cause.getCause();
		}
		String reason = (cause instanceof InvalidRequestException) ? cause.getMessage()
				: "生成失败：" + ((cause != null) ? describe(cause) : jobExecution.getExitStatus().getExitDescription());
		this.store.state(id, CompiledCollection.State.FAILED, reason);
	}

	/** What went wrong, never just "null": some exceptions carry no message. */
	static String describe(Throwable cause) {
		String message = cause.getMessage();
		String kind = cause.getClass().getSimpleName();
		return (message == null || message.isBlank()) ? kind + "（内部错误，详见服务日志）" : message;
	}

}
