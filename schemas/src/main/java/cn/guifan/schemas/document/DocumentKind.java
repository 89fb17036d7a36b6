package cn.guifan.schemas.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * 效力级别: what kind of document this is, from the national law down to a work document. The
 * declaration order is the order of legal force.
 */
public enum DocumentKind {

	/**
	 * 法律, adopted by the NPC or its Standing Committee (the Constitution is filed here
	 * too).
	 */
	LAW("法律"),

	/** 行政法规, made by the State Council. */
	ADMINISTRATIVE_REGULATION("行政法规"),

	/** 地方性法规, made by a local people's congress (and 自治条例, 单行条例). */
	LOCAL_REGULATION("地方性法规"),

	/**
	 * 规章: 部门规章 of a ministry or 政府规章 issued as a 令 by a provincial or city government.
	 */
	RULE("规章"),

	/** 行政规范性文件: general rules binding the public, made by an administrative organ. */
	NORMATIVE_DOCUMENT("行政规范性文件"),

	/** 司法解释, issued by the Supreme People's Court or Procuratorate. */
	JUDICIAL_INTERPRETATION("司法解释"),

	/** Any other document: work plans, 批复, 通报, meeting notices, 解读. */
	OTHER("其他文件");

	private final String label;

	DocumentKind(String label) {
		this.label = label;
	}

	/** The Chinese name users know the kind by. */
	public String label() {
		return this.label;
	}

	/** The kind with this name or Chinese label. */
	public static Optional<DocumentKind> fromText(String text) {
		String t = text.strip();
		return Arrays.stream(values()).filter((k) -> k.name().equalsIgnoreCase(t) || k.label.equals(t)).findFirst();
	}

}
