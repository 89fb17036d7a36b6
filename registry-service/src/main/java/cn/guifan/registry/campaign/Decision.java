package cn.guifan.registry.campaign;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A decision on one document. While the campaign runs it is a proposal (拟保留, 拟修改…);
 * published, it puts the document on one of the decision's annex lists. An evaluation
 * before a validity period ends (日常) decides 延长, 修改, 废止 or lets the period run out.
 */
enum Decision {

	/** 继续有效 (保留). */
	CONTINUE("继续有效", "拟保留", "继续有效的行政规范性文件目录"),

	/** 修改: which articles and why; the document stays in force until amended. */
	AMEND("修改", "拟修改", "予以修改的行政规范性文件目录"),

	/** 废止. */
	REPEAL("废止", "拟废止", "决定废止的行政规范性文件目录"),

	/** 宣布失效. */
	INVALIDATE("宣布失效", "拟宣布失效", "宣布失效的行政规范性文件目录"),

	/** 延长 (expiry evaluations): re-registered with a new validity period. */
	EXTEND("延长有效期", "拟延长有效期", "延长有效期的行政规范性文件目录"),

	/** 到期失效 (expiry evaluations): the period is left to run out. */
	LAPSE("到期失效", "拟到期失效", "有效期届满后不再执行的行政规范性文件目录");

	/** The decisions of a campaign over documents in force. */
	static final List<Decision> CLEANUP = List.of(CONTINUE, AMEND, REPEAL, INVALIDATE);

	/** The outcomes of an evaluation before a validity period ends. */
	static final List<Decision> EVALUATION = List.of(EXTEND, AMEND, REPEAL, LAPSE);

	private final String label;

	private final String proposalLabel;

	private final String listTitle;

	Decision(String label, String proposalLabel, String listTitle) {
		this.label = label;
		this.proposalLabel = proposalLabel;
		this.listTitle = listTitle;
	}

	/** As published: 继续有效, 修改, 废止, 宣布失效… */
	String label() {
		return this.label;
	}

	/** As proposed: 拟保留, 拟修改… */
	String proposalLabel() {
		return this.proposalLabel;
	}

	/** The title of the annex list it puts documents on. */
	String listTitle() {
		return this.listTitle;
	}

	/** The decisions a campaign of this kind may take. */
	static List<Decision> allowedIn(CampaignKind kind) {
		return (kind == CampaignKind.ROUTINE) ? EVALUATION : CLEANUP;
	}

	/**
	 * The decision written as its code, its label, its proposal label or a usual synonym
	 * (保留, 拟继续有效, 延长, 失效…), as people fill in a spreadsheet.
	 */
	static Optional<Decision> parse(String text) {
		String t = text.strip().replace(" ", "").replace("　", "");
		if (t.isEmpty()) {
			return Optional.empty();
		}
		Optional<Decision> exact = Arrays.stream(values())
			.filter((d) -> d.name().equalsIgnoreCase(t) || d.label.equals(t) || d.proposalLabel.equals(t))
			.findFirst();
		if (exact.isPresent()) {
			return exact;
		}
		String bare = t.startsWith("拟") ? t.substring(1) : t;
		return switch (bare) {
			case "保留", "继续有效", "继续执行" -> Optional.of(CONTINUE);
			case "修改", "修订", "修改重发" -> Optional.of(AMEND);
			case "废止" -> Optional.of(REPEAL);
			case "宣布失效", "失效" -> Optional.of(INVALIDATE);
			case "延长", "延期", "延长有效期" -> Optional.of(EXTEND);
			case "到期失效", "自然失效", "不再延长" -> Optional.of(LAPSE);
			default -> Optional.empty();
		};
	}

}
