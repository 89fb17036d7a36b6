package cn.guifan.registry.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The published decision (决定) of a campaign: its title, its body, one paragraph per
 * decision with the first document named and the count, and an annex list per decision
 * with the columns 序号, 文件名称, 文号, 制定机关, 成文日期, 清理意见, 理由. The same content becomes the DOCX
 * file and the text the registry holds of the decision document.
 *
 * @param title 标题
 * @param docNumber 发文字号
 * @param issuer 发文机关
 * @param date 成文日期, the day it takes effect
 * @param body the paragraphs before the annexes
 * @param annexes the annex lists, in the decision's order
 * @param omitted documents not listed because they are not public (依申请公开, 不予公开)
 */
record DecisionText(String title, String docNumber, String issuer, LocalDate date, List<String> body,
		List<Annex> annexes, int omitted) {

	static final List<String> COLUMNS = List.of("序号", "文件名称", "文号", "制定机关", "成文日期", "清理意见", "理由");

	/**
	 * One annex list.
	 *
	 * @param number 附件 number
	 * @param decision its decision
	 * @param title its title with the count
	 * @param rows its lines
	 */
	record Annex(int number, Decision decision, String title, List<ResultRow> rows) {
	}

	/** The title of a campaign's decision: 某某人民政府关于公布…清理结果的决定. */
	static String titleFor(String issuer, String campaignName) {
		String name = campaignName.strip();
		if (name.endsWith("结果")) {
			name = name.substring(0, name.length() - 2);
		}
		return issuer + "关于公布" + name + "结果的决定";
	}

	/**
	 * The decision over the published rows; rows of documents that are not public are
	 * left out of the lists and counted, when {@code publicOnly}.
	 */
	static DecisionText of(String title, String docNumber, String issuer, LocalDate date, String campaignName,
			@Nullable String basis, List<ResultRow> rows, boolean publicOnly) {
		Map<Decision, List<ResultRow>> byList = new TreeMap<>();
		int omitted = 0;
		for (ResultRow row : rows) {
			if (publicOnly && !row.publicDocument()) {
				omitted++;
				continue;
			}
			List<ResultRow> list = byList.computeIfAbsent(row.list(), (k) -> new ArrayList<>());
			// Numbered again, so that a list without the documents left out has no gaps.
			list.add(new ResultRow(row.list(), list.size() + 1, row.documentId(), row.title(), row.docNumber(),
					row.issuers(), row.signedDate(), row.grounds(), row.articles(), row.newExpiryDate(),
					row.publicDocument()));
		}
		List<Annex> annexes = new ArrayList<>();
		List<String> body = new ArrayList<>();
		body.add("各有关单位：");
		body.add("　　为维护法制统一，" + ((basis != null) ? "根据" + basis + "，" : "") + issuer + "按照“谁制定、谁清理”的原则，组织开展了"
				+ campaignName + "。经清理，" + issuer + "决定：");
		String[] ordinals = { "一", "二", "三", "四", "五", "六" };
		int n = 0;
		for (var e : byList.entrySet()) {
			Decision decision = e.getKey();
			List<ResultRow> list = e.getValue();
			Annex annex = new Annex(n + 1, decision, decision.listTitle() + "（" + list.size() + "件）", list);
			annexes.add(annex);
			String first = "《" + list.get(0).title() + "》" + ((list.size() > 1) ? "等" + list.size() + "件文件" : "");
			String verb = switch (decision) {
				case CONTINUE -> "继续有效";
				case AMEND -> "予以修改，制定机关应当及时完成修改；修改完成前，文件继续执行，但其中与现行规定不一致的内容不再执行";
				case REPEAL -> "予以废止";
				case INVALIDATE -> "宣布失效";
				case EXTEND -> "延长有效期，重新登记公布";
				case LAPSE -> "有效期届满后不再执行";
			};
			body.add("　　" + ordinals[n] + "、" + first + verb + "（见附件" + annex.number() + "）。");
			n++;
		}
		if (byList.containsKey(Decision.REPEAL) || byList.containsKey(Decision.INVALIDATE)) {
			body.add("　　废止和宣布失效的文件，自本决定公布之日起不再作为行政管理的依据；此前依据其作出的行政行为继续有效。");
		}
		if (byList.containsKey(Decision.CONTINUE)) {
			body.add("　　列入清理范围但未列入继续有效目录和修改目录的文件，一律不得作为行政管理的依据。");
		}
		if (omitted > 0) {
			body.add("　　另有" + omitted + "件不公开的文件，清理结果已书面告知制定机关，不在本决定附件中列出。");
		}
		body.add("　　本决定自公布之日起施行。");
		return new DecisionText(title, docNumber, issuer, date, body, annexes, omitted);
	}

	/** The decision as plain text: what the registry holds and searches. */
	String plainText() {
		StringBuilder text = new StringBuilder();
		text.append(this.issuer).append("文件\n\n").append(this.docNumber).append("\n\n");
		text.append(this.title).append("\n\n");
		this.body.forEach((p) -> text.append(p).append('\n'));
		if (!this.annexes.isEmpty()) {
			text.append("\n　　附件：");
			for (Annex a : this.annexes) {
				text.append((a.number() > 1) ? "\n　　　　　" : "").append(a.number()).append("．").append(a.title());
			}
			text.append('\n');
		}
		text.append("\n\n").append(this.issuer).append('\n').append(Dates.chinese(this.date)).append("\n\n（此件公开发布）\n");
		for (Annex a : this.annexes) {
			text.append("\n\n附件").append(a.number()).append("\n\n").append(a.title()).append("\n\n");
			text.append(String.join("　", COLUMNS)).append('\n');
			for (ResultRow r : a.rows()) {
				text.append(String.join("　", cells(r))).append('\n');
			}
		}
		return text.toString();
	}

	/** A row's cells in {@link #COLUMNS} order. */
	static List<String> cells(ResultRow r) {
		return List.of(Integer.toString(r.ordinal()), "《" + r.title() + "》",
				(r.docNumber() != null) ? r.docNumber() : "", r.issuers(), Dates.chineseOrBlank(r.signedDate()),
				r.opinion(), (r.grounds() != null) ? r.grounds() : "");
	}

}
