package cn.guifan.registry.address;

import java.util.List;

import cn.guifan.registry.common.DocumentNotFoundException;
import cn.guifan.registry.document.DocumentSummary;
import cn.guifan.registry.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What a doc number, 统一登记号 or id names, as JSON, with each document's stable address. */
@RestController
@Tag(name = "固定链接", description = "按发文字号（任意写法）、统一登记号或登记编号找到文件及其固定链接")
class AddressApiController {

	private final StableAddresses addresses;

	AddressApiController(StableAddresses addresses) {
		this.addresses = addresses;
	}

	@GetMapping("/api/v1/addresses/{reference}")
	@Operation(operationId = "resolveAddress", summary = "解析文件的固定链接",
			description = "reference 可以是发文字号的任意写法（〔〕、[]、()、全角数字、空格均可）、统一登记号或登记编号；"
					+ "返回它指向的文件及其固定链接。同一文号对应多个文件时全部列出。匿名用户只能查到主动公开的文件。")
	@ApiResponse(responseCode = "200", description = "找到的文件")
	@ApiResponse(responseCode = "404", description = "没有这样的文件（或无权查看）")
	Answer resolve(
			@Parameter(description = "发文字号、统一登记号或登记编号", example = "青政办规[2022]2号") @PathVariable String reference) {
		Resolution resolution = this.addresses.resolve(reference, CurrentUser.maySeeRestricted());
		if (resolution.documents().isEmpty()) {
			throw new DocumentNotFoundException("“" + reference + "”（发文字号、统一登记号或登记编号）");
		}
		return new Answer(resolution.reference(), resolution.matchedBy().name(),
				resolution.documents().stream().map(this::document).toList());
	}

	private Addressed document(DocumentSummary s) {
		return new Addressed(s.id(), s.title(), s.docNumber(), s.registrationNumber(), this.addresses.url(s.id()),
				"/api/v1/documents/" + s.id());
	}

	/**
	 * What a reference names.
	 *
	 * @param reference the reference asked for
	 * @param matchedBy ID, DOC_NUMBER or REGISTRATION_NUMBER
	 * @param documents the documents it names
	 */
	record Answer(String reference, String matchedBy, List<Addressed> documents) {
	}

	/**
	 * A document and its stable address.
	 *
	 * @param id registry id
	 * @param title 标题
	 * @param docNumber 发文字号 as printed
	 * @param registrationNumber 统一登记号
	 * @param url the canonical address of its page
	 * @param apiUrl its JSON
	 */
	record Addressed(long id, String title, @Nullable String docNumber, @Nullable String registrationNumber, String url,
			String apiUrl) {
	}

}
