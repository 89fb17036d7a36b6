package cn.guifan.registry.interpretation;

import java.net.URI;
import java.util.Map;

import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.lifecycle.LifecycleService;
import cn.guifan.registry.security.CurrentUser;
import cn.guifan.schemas.lifecycle.RelationType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The 解读 report and the registrar's link of a 解读 to its document, as JSON. */
@RestController
@Tag(name = "登记")
class InterpretationController {

	private final InterpretationReport report;

	private final LifecycleService lifecycle;

	InterpretationController(InterpretationReport report, LifecycleService lifecycle) {
		this.report = report;
		this.lifecycle = lifecycle;
	}

	@GetMapping("/api/v1/reports/interpretations")
	@Operation(operationId = "interpretationReport", summary = "解读报告",
			description = "未关联解读的规章和规范性文件，以及晚于文件公布（或修改）3个工作日以上公开的解读。工作日按国务院办公厅每年公布的节假日安排计算。")
	@ApiResponse(responseCode = "200", description = "报告")
	@ApiResponse(responseCode = "401", description = "未登录（HTTP Basic）")
	@ApiResponse(responseCode = "403", description = "没有登记人员权限")
	InterpretationReport.Report interpretationReport() {
		return this.report.report();
	}

	@PostMapping("/api/v1/documents/{id}/interpretations")
	@Operation(operationId = "linkInterpretation", summary = "关联解读",
			description = "登记人员把一篇解读（interpretationId）关联到它解读的文件（id），须说明理由；记入审计日志。已关联的不重复记录。")
	@ApiResponse(responseCode = "201", description = "已关联")
	@ApiResponse(responseCode = "400", description = "请求有误（缺少解读编号、理由，或与自身关联）")
	@ApiResponse(responseCode = "401", description = "未登录（HTTP Basic）")
	@ApiResponse(responseCode = "403", description = "没有登记人员权限")
	@ApiResponse(responseCode = "404", description = "文件或解读不存在")
	ResponseEntity<Map<String, Object>> linkInterpretation(@PathVariable long id, @RequestBody Link link) {
		if (link.interpretationId() == null) {
			throw new InvalidRequestException("interpretationId", "请填写解读的登记编号");
		}
		boolean added = this.lifecycle.relate(link.interpretationId(), RelationType.INTERPRETS, id, CurrentUser.name(),
				link.reason());
		return ResponseEntity.created(URI.create("/api/v1/documents/" + id))
			.body(Map.of("documentId", id, "interpretationId", link.interpretationId(), "added", added));
	}

	/**
	 * A link to record.
	 *
	 * @param interpretationId the 解读's registry id
	 * @param reason why (required)
	 */
	record Link(@Nullable Long interpretationId, @Nullable String reason) {
	}

}
