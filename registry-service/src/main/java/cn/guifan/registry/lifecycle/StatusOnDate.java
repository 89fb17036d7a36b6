package cn.guifan.registry.lifecycle;

import java.time.LocalDate;

import cn.guifan.registry.document.DocumentVersion;
import cn.guifan.schemas.lifecycle.DocumentStatus;
import org.jspecify.annotations.Nullable;

/**
 * A document's status on a date, and why.
 *
 * @param date the date asked about
 * @param status the document's status then
 * @param version the version of the text that applied then, if the registry holds it
 * @param reason why, in words a person can check (自2022年5月1日起施行; 2023年1月1日被《…》废止)
 * @param endingEvent the event that ended the document, if it had ended by then
 * @param since the day this status began (the repeal's effective day, the commencement),
 * when known
 * @param notYetMade the document did not exist yet on that day (该日尚未制定)
 * @param pendingEnd a repeal or declaration of invalidity already decided on that day
 * that takes effect later (将于 … 废止)
 */
public record StatusOnDate(LocalDate date, DocumentStatus status, @Nullable DocumentVersion version, String reason,
		@Nullable LifecycleEvent endingEvent, @Nullable LocalDate since, boolean notYetMade,
		@Nullable LifecycleEvent pendingEnd) {

	public StatusOnDate(LocalDate date, DocumentStatus status, @Nullable DocumentVersion version, String reason,
			@Nullable LifecycleEvent endingEvent) {
		this(date, status, version, reason, endingEvent, null, false, null);
	}

	/** The status as a person reads it: 尚未制定 before the document existed. */
	public String label() {
		return this.notYetMade ? "尚未制定" : this.status.label();
	}

	/**
	 * The status with the day it began: 已废止（2022-03-01 起）, 现行有效（2020-05-01 起施行）, never
	 * the day asked about.
	 */
	public String wording() {
		if (this.notYetMade) {
			return "该日尚未制定";
		}
		if (this.status == DocumentStatus.NOT_YET_EFFECTIVE) {
			return this.reason.startsWith("自") ? "尚未生效（" + this.reason.substring(1) + "）" : this.status.label();
		}
		String wording = this.status.label() + ((this.since != null) ? "（" + this.since + " 起）" : "");
		if (this.pendingEnd != null) {
			wording += "，将于 " + this.pendingEnd.takesEffect() + " " + this.pendingEnd.type().label();
		}
		return wording;
	}

}
