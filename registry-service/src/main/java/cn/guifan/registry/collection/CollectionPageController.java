package cn.guifan.registry.collection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.registry.security.CurrentUser;
import cn.guifan.schemas.document.DocumentKind;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The collections pages: the public list with each collection's as-of date and downloads;
 * for registrars the form that defines a new one; a collection's page with its progress
 * while it builds, its 编辑说明's facts and its documents in order.
 */
@Controller
class CollectionPageController {

	private final Collections collections;

	CollectionPageController(Collections collections) {
		this.collections = collections;
	}

	@GetMapping("/collections")
	String list(Model model) {
		boolean registrar = CurrentUser.maySeeRestricted();
		model.addAttribute("collections", this.collections.list(registrar));
		model.addAttribute("registrar", registrar);
		model.addAttribute("kinds", normativeKinds());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new Form(null, null, "KIND", "DATE", List.of(), null, null, null, false, false));
		}
		return "collection/list";
	}

	@PostMapping("/collections")
	String create(@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String asOf,
			@RequestParam(required = false) @Nullable String groupBy,
			@RequestParam(required = false) @Nullable String order,
			@RequestParam(required = false) @Nullable List<String> kinds,
			@RequestParam(required = false) @Nullable String issuers,
			@RequestParam(required = false) @Nullable String subjects,
			@RequestParam(required = false) @Nullable String query,
			@RequestParam(required = false, defaultValue = "false") boolean includeNotInForce,
			@RequestParam(required = false, defaultValue = "false") boolean includeRestricted, Model model) {
		Form form = new Form(title, asOf, groupBy, order, (kinds != null) ? kinds : List.of(), issuers, subjects, query,
				includeNotInForce, includeRestricted);
		try {
			CompiledCollection created = this.collections.create(form.toRequest().toDefinition(), CurrentUser.name());
			return "redirect:/collections/" + created.id();
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("form", form);
			return list(model);
		}
	}

	@GetMapping("/collections/{id}")
	String collection(@PathVariable String id, Model model) {
		boolean registrar = CurrentUser.maySeeRestricted();
		CompiledCollection c = this.collections.require(CollectionApiController.parse(id), registrar);
		model.addAttribute("c", c);
		model.addAttribute("registrar", registrar);
		Map<String, List<CompiledCollection.Item>> parts = new LinkedHashMap<>();
		if (c.ready()) {
			for (CompiledCollection.Item item : this.collections.items(c.id(), registrar)) {
				parts.computeIfAbsent(item.partTitle(), (k) -> new ArrayList<>()).add(item);
			}
		}
		model.addAttribute("parts", parts);
		return "collection/collection";
	}

	@PostMapping("/collections/{id}/rebuild")
	String rebuild(@PathVariable String id, Model model) {
		long collectionId = CollectionApiController.parse(id);
		try {
			this.collections.rebuild(collectionId, CurrentUser.name());
		}
		catch (InvalidRequestException ex) {
			model.addAttribute("error", ex.getMessage());
			return collection(id, model);
		}
		return "redirect:/collections/" + collectionId;
	}

	@ExceptionHandler(CollectionNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(CollectionNotFoundException ex, Model model) {
		model.addAttribute("status", 404);
		model.addAttribute("message", ex.getMessage());
		return "error";
	}

	static List<DocumentKind> normativeKinds() {
		return java.util.Arrays.stream(DocumentKind.values()).filter((k) -> k != DocumentKind.OTHER).toList();
	}

	/**
	 * The definition form as filled in.
	 *
	 * @param title 汇编名称
	 * @param asOf 截止日期
	 * @param groupBy 分编方式
	 * @param order 排列方式
	 * @param kinds 效力级别
	 * @param issuers 制定机关, separated by commas or 、
	 * @param subjects 主题分类, separated likewise
	 * @param query 检索词
	 * @param includeNotInForce 收录已废止、失效的文件并注明
	 * @param includeRestricted 收录不公开的文件
	 */
	record Form(@Nullable String title, @Nullable String asOf, @Nullable String groupBy, @Nullable String order,
			List<String> kinds, @Nullable String issuers, @Nullable String subjects, @Nullable String query,
			boolean includeNotInForce, boolean includeRestricted) {

		CollectionRequest toRequest() {
			return new CollectionRequest(this.title,
					new CollectionRequest.ScopeRequest(split(this.issuers), this.kinds, split(this.subjects),
							this.query, null, null, this.includeNotInForce, this.includeRestricted),
					this.asOf, this.groupBy, this.order);
		}

		private static List<String> split(@Nullable String text) {
			return (text == null) ? List.of() : List.of(text.split("[,，、;；\\s]+"));
		}

	}

}
