package cn.guifan.schemas.document;

import org.jspecify.annotations.Nullable;

/** 公开属性: the disclosure attribute printed in a document's 附注 or set by the registrar. */
public enum Disclosure {

	/** 主动公开 (also "此件公开发布"). */
	PUBLIC("主动公开"),

	/** 依申请公开: disclosed only to someone who applies for it. */
	ON_REQUEST("依申请公开"),

	/** 不予公开. */
	NOT_PUBLIC("不予公开");

	private final String label;

	Disclosure(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Whether anonymous users may see a document with this attribute. A document whose
	 * attribute is unknown (laws, regulations) is public.
	 */
	public static boolean isPublic(@Nullable Disclosure disclosure) {
		return disclosure == null || disclosure == PUBLIC;
	}

}
