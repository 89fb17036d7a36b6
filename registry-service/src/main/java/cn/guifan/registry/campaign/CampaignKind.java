package cn.guifan.registry.campaign;

import java.util.Arrays;
import java.util.Optional;

/** What a campaign is for. */
enum CampaignKind {

	/** 全面清理 (定期): every one or two years, over all documents of a government. */
	COMPREHENSIVE("全面清理"),

	/**
	 * 专项清理: a policy push (优化营商环境, 证明事项, 公平竞争审查) or an upper-level change.
	 */
	SPECIAL("专项清理"),

	/**
	 * 日常清理: one document at a time, such as the evaluation before its validity period
	 * ends.
	 */
	ROUTINE("日常清理");

	private final String label;

	CampaignKind(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

	/** The kind named by its code or Chinese name (全面, 专项, 日常 will do). */
	static Optional<CampaignKind> parse(String text) {
		String t = text.strip();
		return Arrays.stream(values())
			.filter((k) -> k.name().equalsIgnoreCase(t) || k.label.equals(t) || (!t.isEmpty() && k.label.startsWith(t)))
			.findFirst();
	}

}
