package cn.guifan.registry.collection;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.guifan.registry.common.InvalidRequestException;
import cn.guifan.schemas.document.DocumentKind;
import org.jspecify.annotations.Nullable;

/**
 * A collection as asked for through the API, the page or the command line, before it is
 * checked; {@link #toDefinition()} says in Chinese what is wrong.
 *
 * @param title 汇编名称
 * @param scope which documents (null: every document in force)
 * @param asOf the date, YYYY-MM-DD
 * @param groupBy KIND, ISSUER, SUBJECT, YEAR or NONE (default KIND)
 * @param order DATE, DATE_DESC or TITLE (default DATE)
 */
public record CollectionRequest(@Nullable String title, @Nullable ScopeRequest scope, @Nullable String asOf,
		@Nullable String groupBy, @Nullable String order) {

	/**
	 * The scope as asked for.
	 *
	 * @param issuers names or prefixes of issuing organs
	 * @param kinds codes (NORMATIVE_DOCUMENT) or names (行政规范性文件)
	 * @param subjects 主题分类
	 * @param query a search query
	 * @param campaign a campaign whose 继续有效 list is taken
	 * @param documentIds an explicit list
	 * @param includeNotInForce include (and mark) documents no longer in force
	 * @param includeRestricted include documents that are not public
	 */
	public record ScopeRequest(@Nullable List<String> issuers, @Nullable List<String> kinds,
			@Nullable List<String> subjects, @Nullable String query, @Nullable String campaign,
			@Nullable List<Long> documentIds, @Nullable Boolean includeNotInForce,
			@Nullable Boolean includeRestricted) {
	}

	public CollectionDefinition toDefinition() {
		if (this.title == null || this.title.isBlank()) {
			throw new InvalidRequestException("title", "请填写汇编名称");
		}
		if (this.title.strip().length() > 200) {
			throw new InvalidRequestException("title", "汇编名称不能超过200字");
		}
		if (this.asOf == null || this.asOf.isBlank()) {
			throw new InvalidRequestException("asOf", "请填写汇编的截止日期（YYYY-MM-DD）");
		}
		LocalDate day;
		try {
			day = LocalDate.parse(this.asOf.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException("asOf", "截止日期“" + this.asOf + "”无效，应为 YYYY-MM-DD 格式");
		}
		CollectionDefinition.GroupBy group = (this.groupBy == null || this.groupBy.isBlank())
				? CollectionDefinition.GroupBy.KIND
				: CollectionDefinition.GroupBy.parse(this.groupBy)
					.orElseThrow(() -> new InvalidRequestException("groupBy",
							"分编方式“" + this.groupBy + "”无效，可选 KIND（效力级别）、ISSUER（制定机关）、SUBJECT（主题）、YEAR（年份）、NONE（不分编）"));
		CollectionDefinition.Order ordering = (this.order == null || this.order.isBlank())
				? CollectionDefinition.Order.DATE
				: CollectionDefinition.Order.parse(this.order)
					.orElseThrow(() -> new InvalidRequestException("order",
							"排列方式“" + this.order + "”无效，可选 DATE（日期先后）、DATE_DESC（由近及远）、TITLE（标题）"));
		return new CollectionDefinition(this.title.strip(), toScope(), day, group, ordering);
	}

	private CollectionDefinition.Scope toScope() {
		ScopeRequest s = this.scope;
		if (s == null) {
			return CollectionDefinition.Scope.all();
		}
		List<DocumentKind> kinds = new ArrayList<>();
		for (String k : nonBlank(s.kinds())) {
			kinds.add(DocumentKind.fromText(k)
				.orElseThrow(() -> new InvalidRequestException("scope.kinds", "效力级别“" + k + "”无法识别")));
		}
		List<Long> ids = (s.documentIds() != null) ? List.copyOf(s.documentIds()) : List.of();
		return new CollectionDefinition.Scope(nonBlank(s.issuers()), kinds, nonBlank(s.subjects()),
				blankToNull(s.query()), blankToNull(s.campaign()), ids, Boolean.TRUE.equals(s.includeNotInForce()),
				Boolean.TRUE.equals(s.includeRestricted()));
	}

	private static List<String> nonBlank(@Nullable List<String> values) {
		if (values == null) {
			return List.of();
		}
		return values.stream().filter((v) -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
