package cn.guifan.registry.registrar;

import java.net.URI;
import java.util.List;
import java.util.Map;

import cn.guifan.registry.audit.AuditLog;
import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.catalog.DocumentDetail;
import cn.guifan.registry.document.DocumentEditor;
import cn.guifan.registry.catalog.DocumentDetails;
import cn.guifan.registry.lifecycle.ExpirySweep;
import cn.guifan.registry.lifecycle.ExpirySweepConfiguration;
import cn.guifan.registry.lifecycle.LifecycleEvent;
import cn.guifan.registry.lifecycle.LifecycleService;
import cn.guifan.registry.security.CurrentUser;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registrar's API: record a lifecycle event, correct metadata, read the audit log.
 * Requires the REGISTRAR or ADMIN role; every change is audited.
 */
@RestController
class RegistrarApiController {

	private final LifecycleService lifecycle;

	private final DocumentEditor editor;

	private final DocumentDetails documents;

	private final AuditLog audit;

	private final ExpirySweep sweep;

	private final ExpirySweepConfiguration.ExpirySweepRunner sweepRunner;

	RegistrarApiController(LifecycleService lifecycle, DocumentEditor editor, DocumentDetails documents, AuditLog audit,
			ExpirySweep sweep, ExpirySweepConfiguration.ExpirySweepRunner sweepRunner) {
		this.sweep = sweep;
		this.sweepRunner = sweepRunner;
		this.lifecycle = lifecycle;
		this.editor = editor;
		this.documents = documents;
		this.audit = audit;
	}

	@PostMapping("/api/v1/documents/{id}/events")
	ResponseEntity<LifecycleEvent> recordEvent(@PathVariable long id,
			@RequestBody LifecycleService.EventCommand command) {
		LifecycleEvent event = this.lifecycle.record(id, command, CurrentUser.name());
		return ResponseEntity.created(URI.create("/api/v1/documents/" + id)).body(event);
	}

	/**
	 * Withdraws (撤销) an event recorded in error; body {@code {"reason":"…"}}. The event
	 * stays in the history, marked withdrawn, and no longer counts.
	 */
	@PostMapping("/api/v1/documents/{id}/events/{eventId}/withdrawal")
	LifecycleEvent withdraw(@PathVariable long id, @PathVariable long eventId,
			@RequestBody(required = false) Map<String, String> body) {
		return this.lifecycle.withdraw(id, eventId, (body != null) ? body.get("reason") : null, CurrentUser.name());
	}

	@PatchMapping("/api/v1/documents/{id}")
	DocumentDetail correct(@PathVariable long id, @RequestBody DocumentEditor.Correction correction) {
		this.editor.correct(id, correction, CurrentUser.name());
		// A corrected term may leave an expiry record the timeline no longer bears out.
		this.sweep.withdrawStale();
		return this.documents.find(Long.toString(id), true);
	}

	/**
	 * Documents in force whose validity ends within the months (default 6), for
	 * evaluation.
	 */
	@GetMapping("/api/v1/reports/expiring")
	List<ExpirySweep.Expiring> expiring(@RequestParam(defaultValue = "6") int months) {
		if (months < 1 || months > 120) {
			throw new InvalidRequestException("months", "月数须在 1 到 120 之间，收到 " + months);
		}
		return this.sweep.expiringWithin(months);
	}

	/** Runs the expiry sweep now (it also runs every night). */
	@PostMapping("/api/v1/jobs/expiry-sweep")
	Map<String, Object> runSweep() throws Exception {
		JobExecution execution = this.sweepRunner.run();
		return Map.of("runId", execution.getId(), "status", execution.getStatus().name());
	}

	@GetMapping("/api/v1/audit")
	List<AuditLog.Entry> audit(@RequestParam(required = false) Long documentId,
			@RequestParam(defaultValue = "100") int limit) {
		return this.audit.entries(documentId, Math.max(1, Math.min(limit, 1000)));
	}

}
