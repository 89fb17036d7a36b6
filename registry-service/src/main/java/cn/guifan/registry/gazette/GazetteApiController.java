package cn.guifan.registry.gazette;

import java.net.URI;
import java.util.List;

import cn.guifan.registry.common.DocumentNotFoundException;
import cn.guifan.registry.document.Documents;
import cn.guifan.registry.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gazette as JSON: issues, an issue's documents, a document's publications; recording
 * one.
 */
@RestController
@Tag(name = "政府公报", description = "文件在政府公报上的刊登信息；公报文本为标准文本")
class GazetteApiController {

	private final Gazettes gazettes;

	private final Documents documents;

	GazetteApiController(Gazettes gazettes, Documents documents) {
		this.gazettes = gazettes;
		this.documents = documents;
	}

	@PostMapping("/api/v1/gazette/publications")
	@Operation(operationId = "recordGazettePublication", summary = "登记公报刊登信息",
			description = "登记人员登记文件刊登在哪一期政府公报（公报名称、年份、期号、总期号、页码），可指明作为公报文本的原文件；"
					+ "公报文本默认为标准文本。须说明理由；记入审计日志。同一文件同一期再次登记时替换原记录。")
	@ApiResponse(responseCode = "201", description = "已登记")
	@ApiResponse(responseCode = "400", description = "请求有误，field 指出哪个字段")
	@ApiResponse(responseCode = "401", description = "未登录（HTTP Basic）")
	@ApiResponse(responseCode = "403", description = "没有登记人员权限")
	@ApiResponse(responseCode = "404", description = "文件不存在")
	ResponseEntity<Gazettes.Publication> recordGazettePublication(@RequestBody Gazettes.Record record) {
		Gazettes.Publication publication = this.gazettes.record(record, CurrentUser.name());
		return ResponseEntity
			.created(URI.create("/api/v1/gazette/issues/" + publication.year() + "/" + publication.issue()))
			.body(publication);
	}

	@GetMapping("/api/v1/gazette/issues")
	@Operation(operationId = "listGazetteIssues", summary = "公报各期及其刊登的文件",
			description = "各期政府公报（最新的在前）及其刊登的文件；匿名用户只看到主动公开的文件。")
	@ApiResponse(responseCode = "200", description = "各期公报")
	@ApiResponse(responseCode = "500", description = "登记库暂时无法读取")
	List<Gazettes.Issue> listGazetteIssues() {
		return this.gazettes.issues(CurrentUser.maySeeRestricted());
	}

	@GetMapping("/api/v1/gazette/issues/{year}/{issue}")
	@Operation(operationId = "getGazetteIssue", summary = "某一期公报刊登的文件", description = "按页码排列。")
	@ApiResponse(responseCode = "200", description = "该期公报")
	@ApiResponse(responseCode = "400", description = "年份或期号不是整数")
	@ApiResponse(responseCode = "404", description = "没有这一期公报")
	Gazettes.Issue getGazetteIssue(@Parameter(description = "公报名称", example = "青禾县人民政府公报") @RequestParam String gazette,
			@Parameter(example = "2023") @PathVariable int year, @Parameter(example = "3") @PathVariable int issue) {
		return this.gazettes.issue(gazette.strip(), year, issue, CurrentUser.maySeeRestricted());
	}

	@GetMapping("/api/v1/documents/{id}/gazette")
	@Operation(operationId = "getDocumentGazette", summary = "文件的公报刊登信息")
	@ApiResponse(responseCode = "200", description = "刊登信息，可能为空")
	@ApiResponse(responseCode = "404", description = "文件不存在（或无权查看）")
	List<Gazettes.Publication> getDocumentGazette(@PathVariable long id) {
		if (!(CurrentUser.maySeeRestricted() ? this.documents.exists(id) : this.documents.isPublic(id))) {
			throw new DocumentNotFoundException(Long.toString(id));
		}
		return this.gazettes.ofDocument(id);
	}

}
