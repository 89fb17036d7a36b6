package cn.guifan.schemas.lifecycle;

/**
 * What can happen to a document. Status on a date is computed from these, never typed in.
 */
public enum LifecycleEventType {

	/** 通过 / 制定: adopted or made. */
	ENACTED("制定", false),

	/** 公布 / 发布 / 印发. */
	PUBLISHED("公布", false),

	/** 施行: takes effect. */
	EFFECTIVE("施行", false),

	/** 修正 / 修改: amended in place by a decision; a new version of the text. */
	AMENDED("修正", false),

	/** 修订: revised as a whole; a new version of the text. */
	REVISED("修订", false),

	/** 废止: repealed. */
	REPEALED("废止", true),

	/** 宣布失效: declared no longer in force (typically by a cleanup decision). */
	DECLARED_INVALID("宣布失效", true),

	/** 有效期届满: its validity period ended. */
	EXPIRED("有效期届满", true),

	/** 部分失效: some provisions repealed or declared invalid; the rest stays in force. */
	PARTIALLY_INVALID("部分失效", false),

	/**
	 * 延长有效期 / 重新登记: after its evaluation the document is re-registered with a new period
	 * (and a new 统一登记号); the event carries the new last day.
	 */
	EXTENDED("延长有效期", false),

	/**
	 * 继续有效: a cleanup decision (清理结果) lists the document as continuing in force. Changes
	 * no status: it says the document was reviewed and kept, and by which decision.
	 */
	CONFIRMED("清理后继续有效", false),

	/**
	 * 予以修改: a cleanup decision lists the document for amendment. It stays in force until
	 * the amendment is made; the event tells registrars and citing departments.
	 */
	MARKED_FOR_AMENDMENT("清理决定予以修改", false);

	private final String label;

	private final boolean ending;

	LifecycleEventType(String label, boolean ending) {
		this.label = label;
		this.ending = ending;
	}

	public String label() {
		return this.label;
	}

	/** Whether the document is no longer in force once this event takes effect. */
	public boolean ends() {
		return this.ending;
	}

	/** Whether the event makes a new version of the text. */
	public boolean makesVersion() {
		return this == AMENDED || this == REVISED;
	}

	/** The status a document ends in through this event. */
	public DocumentStatus endStatus() {
		return switch (this) {
			case REPEALED -> DocumentStatus.REPEALED;
			case DECLARED_INVALID, EXPIRED -> DocumentStatus.EXPIRED;
			default -> throw new IllegalStateException(this + " does not end a document");
		};
	}

}
