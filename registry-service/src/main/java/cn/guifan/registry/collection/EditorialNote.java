package cn.guifan.registry.collection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.guifan.registry.export.ChineseDate;
import cn.guifan.schemas.document.DocumentKind;

/**
 * The 编辑说明 a collection opens with, as real collections have it: what it takes (scope),
 * as of which date, how it is grouped and ordered, how many documents in each part, what
 * each item holds, and that the registry's records are what it was made from.
 */
final class EditorialNote {

	private EditorialNote() {
	}

	static List<String> paragraphs(CollectionDefinition d, Map<String, Integer> partCounts, int total,
			LocalDate generated) {
		String day = ChineseDate.format(d.asOf());
		CollectionDefinition.Scope scope = d.scope();
		List<String> p = new ArrayList<>();
		StringBuilder first = new StringBuilder("一、本汇编收录");
		if (!scope.issuers().isEmpty()) {
			first.append(String.join("、", scope.issuers())).append("（含其所属部门）制定的");
		}
		if (!scope.subjects().isEmpty()) {
			first.append("主题为").append(String.join("、", scope.subjects())).append("的");
		}
		first.append(scope.kinds().isEmpty() ? "法律、法规、规章和行政规范性文件"
				: String.join("、", scope.kinds().stream().map(DocumentKind::label).toList()));
		if (scope.query() != null) {
			first.append("中与“").append(scope.query()).append("”相关的文件");
		}
		if (scope.campaign() != null) {
			first.append("中列入“").append(scope.campaign()).append("”继续有效目录的文件");
		}
		if (!scope.documentIds().isEmpty()) {
			first.append("中指定的").append(scope.documentIds().size()).append("件文件");
		}
		first.append("，截至")
			.append(day)
			.append(scope.includeNotInForce() ? "已施行的" : "现行有效的")
			.append("共")
			.append(total)
			.append("件。");
		p.add(first.toString());
		p.add("二、所收文件的文本和效力状态均以" + day + "为准："
				+ (scope.includeNotInForce() ? "该日已废止或失效的文件一并收录，并在标题后注明其状态；" : "只收录该日现行有效（含部分失效）的文件，不收录已废止、失效或尚未施行的文件；")
				+ "文件在该日之后的修改不予反映。");
		StringBuilder third = new StringBuilder("三、本汇编");
		if (d.groupBy() == CollectionDefinition.GroupBy.NONE) {
			third.append("不分编，").append(d.order().label()).append("排列。");
		}
		else {
			third.append(d.groupBy().label()).append("分编，编内").append(d.order().label()).append("排列。各编收录件数：");
			List<String> counts = new ArrayList<>();
			partCounts.forEach((part, n) -> counts.add(part + " " + n + "件"));
			third.append(String.join("；", counts)).append("。");
		}
		p.add(third.toString());
		p.add("四、每件文件依次列明发文字号、统一登记号、制定机关、效力级别、成文日期、发布日期、施行日期、有效期和截至" + day + "的时效性，其后为该日适用的全文，未作删节。");
		p.add("五、本汇编由规范登记库根据登记记录于" + ChineseDate.format(generated) + "生成，同一定义重新生成的内容相同。文件内容以正式公布的文本为准。");
		if (!scope.includeRestricted()) {
			p.add("六、本汇编只收录主动公开的文件。");
		}
		return p;
	}

}
