package cn.guifan.registry.indexing;

import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import cn.guifan.registry.config.GuifanProperties;
import cn.guifan.registry.elasticsearch.SearchBackend;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Starts a rebuild of the search index and reports its progress, for registrars:
 * {@code POST /api/v1/admin/reindex} starts one in the background (202, or 409 while
 * another runs, in any process); {@code GET /api/v1/admin/reindex} tells how the current
 * or last one is doing. Registrars and administrators only; switched off with
 * {@code guifan.reindex.api-enabled=false}.
 */
@RestController
@RequestMapping("/api/v1/admin/reindex")
class ReindexApiController {

	private static final Logger logger = LoggerFactory.getLogger(ReindexApiController.class);

	private final ReindexJob job;

	private final IndexRebuilds rebuilds;

	private final SearchBackend backend;

	private final boolean enabled;

	private final ExecutorService runner = Executors.newSingleThreadExecutor((r) -> {
		Thread t = new Thread(r, "guifan-reindex");
		t.setDaemon(true);
		return t;
	});

	ReindexApiController(ReindexJob job, IndexRebuilds rebuilds, SearchBackend backend, GuifanProperties properties) {
		this.job = job;
		this.rebuilds = rebuilds;
		this.backend = backend;
		this.enabled = properties.reindex().apiEnabled();
	}

	@PostMapping
	ResponseEntity<Object> start() {
		requireEnabled();
		if (this.rebuilds.isRebuilding(this.backend.alias())) {
			return conflict();
		}
		this.runner.submit(() -> {
			try {
				this.job.run(ReindexJob.Listener.none());
			}
			catch (RuntimeException ex) {
				logger.warn("Index rebuild failed: {}", ex.getMessage());
			}
		});
		return ResponseEntity.accepted().location(URI.create("/api/v1/admin/reindex")).body(awaitStarted());
	}

	@GetMapping
	ResponseEntity<Object> status() {
		requireEnabled();
		return this.rebuilds.current(this.backend.alias())
			.<ResponseEntity<Object>>map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.ok(ProblemDetail.forStatusAndDetail(HttpStatus.OK, "还没有重建过索引")));
	}

	@PreDestroy
	void stop() {
		this.runner.shutdownNow();
	}

	@ExceptionHandler(DisabledException.class)
	ProblemDetail disabled() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"重建索引接口未开启（设置 guifan.reindex.api-enabled=true，或使用命令 ./guifan reindex）");
		problem.setTitle("接口未开启");
		return problem;
	}

	private ResponseEntity<Object> conflict() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "另一个重建索引任务正在运行，请稍后再试");
		problem.setTitle("重建索引正在进行");
		problem.setProperty("rebuild", this.rebuilds.current(this.backend.alias()).orElse(null));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	/** The status once the background run has taken the lease (or a moment later). */
	private Object awaitStarted() {
		for (int i = 0; i < 50; i++) {
			var current = this.rebuilds.current(this.backend.alias());
			if (current.isPresent() && current.get().running()) {
				return current.get();
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return this.rebuilds.current(this.backend.alias()).map(Object.class::cast).orElse("已开始");
	}

	private void requireEnabled() {
		if (!this.enabled) {
			throw new DisabledException();
		}
	}

	private static final class DisabledException extends RuntimeException {

	}

}
