package cn.guifan.registry.opendata;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The bulk export as a download, and the dated snapshots. */
@RestController
@Tag(name = "开放数据", description = "批量下载全部主动公开的文件、每日快照、数据更新时间")
class OpenDataApiController {

	static final String JSON_LINES = "application/x-ndjson";

	private final BulkExport export;

	private final Snapshots snapshots;

	OpenDataApiController(BulkExport export, Snapshots snapshots) {
		this.export = export;
		this.snapshots = snapshots;
	}

	@GetMapping(path = "/api/v1/export.jsonl", produces = JSON_LINES)
	@Operation(operationId = "exportDocuments", summary = "批量下载全部公开文件（JSON Lines）",
			description = "每行一个文件，字段见 schemas 模块的 document.schema.json：登记的元数据、当前文本（text=false 时不含）、"
					+ "原文件和 registry（登记编号、固定链接、当日时效性）。只含主动公开（或未注明公开属性）的文件，边读边写，" + "任何规模的登记库都可下载。")
	@ApiResponse(responseCode = "200", description = "JSON Lines，UTF-8",
			content = @Content(mediaType = JSON_LINES, schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400", description = "参数有误（text 不是 true 或 false）")
	ResponseEntity<StreamingResponseBody> exportDocuments(@Parameter(description = "是否包含每个文件当前适用的文本",
			example = "true") @RequestParam(defaultValue = "true") boolean text) {
		StreamingResponseBody body = (out) -> this.export.write(out, text);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(JSON_LINES + ";charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"guifan-documents.jsonl\"")
			.body(body);
	}

	@GetMapping("/api/v1/export/snapshots")
	@Operation(operationId = "listSnapshots", summary = "每日快照列表",
			description = "每天夜间生成的批量下载快照（gzip 压缩的 JSON Lines）及其清单（文件数、按效力级别和时效性的统计、SHA-256 校验值），最新的在前。")
	@ApiResponse(responseCode = "200", description = "快照，最新的在前")
	@ApiResponse(responseCode = "500", description = "快照目录无法读取")
	List<Snapshots.Snapshot> listSnapshots() {
		return this.snapshots.list();
	}

	@GetMapping("/api/v1/export/snapshots/{date}/{file}")
	@Operation(operationId = "downloadSnapshot", summary = "下载快照文件",
			description = "file 为 documents.jsonl.gz（数据）或 manifest.json（清单）。")
	@ApiResponse(responseCode = "200", description = "文件内容",
			content = { @Content(mediaType = "application/gzip", schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = "application/json") })
	@ApiResponse(responseCode = "404", description = "没有这一天的快照或这个文件")
	ResponseEntity<Resource> downloadSnapshot(
			@Parameter(description = "快照日期 YYYY-MM-DD", example = "2026-11-22") @PathVariable String date,
			@Parameter(description = "documents.jsonl.gz 或 manifest.json",
					example = "manifest.json") @PathVariable String file) {
		boolean manifest = Snapshots.MANIFEST.equals(file);
		return ResponseEntity.ok()
			.contentType(manifest ? MediaType.APPLICATION_JSON : MediaType.parseMediaType("application/gzip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"guifan-" + date + "-" + file + "\"")
			.body(new FileSystemResource(this.snapshots.file(date, file)));
	}

}
