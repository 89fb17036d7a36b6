package cn.guifan.registry.campaign;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.guifan.registry.common.InvalidRequestException;
import org.jspecify.annotations.Nullable;

/**
 * The campaign pages' forms as they arrive (text), read into the API's requests with a
 * message for each mistake, so pages and API check the same way.
 */
final class CampaignForms {

	private CampaignForms() {
	}

	/**
	 * The form that creates a campaign or previews its scope.
	 *
	 * @param name 名称
	 * @param kind 类型
	 * @param deadline 截止日期
	 * @param basisText 依据
	 * @param government 决定机关
	 * @param keywords 关键词
	 * @param issuers 制定机关, one per line or separated by 、
	 * @param kinds 效力级别
	 * @param from 成文日期起
	 * @param to 成文日期止
	 * @param inForceOn 某日现行有效
	 * @param query 检索词
	 * @param documentIds 文件编号
	 * @param impactOf 受影响文件：依据或引用该编号文件的文件
	 */
	record Create(@Nullable String name, @Nullable String kind, @Nullable String deadline, @Nullable String basisText,
			@Nullable String government, @Nullable String keywords, @Nullable String issuers,
			@Nullable List<String> kinds, @Nullable String from, @Nullable String to, @Nullable String inForceOn,
			@Nullable String query, @Nullable String documentIds, @Nullable String impactOf) {

		Scope scope() {
			return new Scope(split(this.issuers), (this.kinds != null) ? this.kinds : List.of(),
					date("from", this.from), date("to", this.to), date("inForceOn", this.inForceOn), this.query,
					ids("documentIds", this.documentIds), id("impactOf", this.impactOf));
		}

		List<String> keywordList() {
			return CampaignService.keywords(split(this.keywords));
		}

		Requests.Create request() {
			return new Requests.Create(this.name, this.kind, null, this.basisText, this.government,
					date("deadline", this.deadline), keywordList(), scope());
		}

	}

	static List<String> split(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("[、,，;；\\n\\r]+")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	static @Nullable LocalDate date(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidRequestException(field, "日期“" + text + "”无效，应为 YYYY-MM-DD 格式");
		}
	}

	static List<Long> ids(String field, @Nullable String text) {
		List<Long> ids = new ArrayList<>();
		for (String part : split((text != null) ? text.replace(' ', ',') : null)) {
			Long id = id(field, part);
			if (id != null) {
				ids.add(id);
			}
		}
		return ids;
	}

	static @Nullable Long id(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidRequestException(field, "文件编号“" + text + "”应为数字（文件页面地址中的编号）");
		}
	}

	static @Nullable Boolean approve(@Nullable String text) {
		return (text == null) ? null : Boolean.valueOf("true".equals(text) || "approve".equals(text));
	}

}
