package cn.guifan.registry.collection;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.guifan.schemas.document.DocumentKind;
import org.jspecify.annotations.Nullable;

/**
 * What a collection is: its title, which documents (scope), as of which date, grouped and
 * ordered how. Building the same definition over the same registry gives the same
 * content.
 *
 * @param title 汇编名称
 * @param scope which documents
 * @param asOf the date the texts and statuses are taken as of
 * @param groupBy how documents are grouped into parts
 * @param order how documents are ordered within a part
 */
public record CollectionDefinition(String title, Scope scope, LocalDate asOf, GroupBy groupBy, Order order) {

	/**
	 * Which documents: all the filters given must hold. A document is in scope when it is
	 * of one of the kinds (all but OTHER when none are given), issued (alone or jointly)
	 * by an organ whose name starts with one of the issuers, of one of the subjects,
	 * found by the query, on the campaign's 继续有效 list, and on the explicit list, each
	 * when given.
	 *
	 * @param issuers names or prefixes of issuing organs (青禾县 takes all its departments)
	 * @param kinds 效力级别
	 * @param subjects 主题分类
	 * @param query a search query
	 * @param campaign a campaign whose 继续有效 list is taken
	 * @param documentIds an explicit list of documents
	 * @param includeNotInForce whether documents repealed or expired by the date are
	 * included (marked as such); a collection of what is in force never includes them
	 * @param includeRestricted whether documents that are not public (依申请公开, 不予公开) are
	 * included; such a collection is shown to registrars only
	 */
	public record Scope(List<String> issuers, List<DocumentKind> kinds, List<String> subjects, @Nullable String query,
			@Nullable String campaign, List<Long> documentIds, boolean includeNotInForce, boolean includeRestricted) {

		public Scope {
			issuers = List.copyOf(issuers);
			kinds = List.copyOf(kinds);
			subjects = List.copyOf(subjects);
			documentIds = List.copyOf(documentIds);
		}

		public static Scope all() {
			return new Scope(List.of(), List.of(), List.of(), null, null, List.of(), false, false);
		}

	}

	/** How documents are grouped into parts (编). */
	public enum GroupBy {

		/** 按效力级别: 法律, 行政法规, 地方性法规, 规章, 行政规范性文件, 司法解释. */
		KIND("按效力级别"),

		/** 按制定机关 (the lead issuer). */
		ISSUER("按制定机关"),

		/** 按主题分类. */
		SUBJECT("按主题分类"),

		/** 按年份 (of the 成文日期, else the 发布日期). */
		YEAR("按年份"),

		/** No parts. */
		NONE("不分编");

		private final String label;

		GroupBy(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		public static Optional<GroupBy> parse(String text) {
			for (GroupBy g : values()) {
				if (g.name().equalsIgnoreCase(text.strip()) || g.label.equals(text.strip())) {
					return Optional.of(g);
				}
			}
			return Optional.empty();
		}

	}

	/** How documents are ordered within a part. */
	public enum Order {

		/** 按日期先后. */
		DATE("按日期先后"),

		/** 按日期由近及远. */
		DATE_DESC("按日期由近及远"),

		/** 按标题. */
		TITLE("按标题");

		private final String label;

		Order(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		public static Optional<Order> parse(String text) {
			for (Order o : values()) {
				if (o.name().equalsIgnoreCase(text.strip().replace('-', '_').toUpperCase(Locale.ROOT))
						|| o.label.equals(text.strip())) {
					return Optional.of(o);
				}
			}
			return Optional.empty();
		}

	}

}
