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
 */
public record StatusOnDate(LocalDate date, DocumentStatus status, @Nullable DocumentVersion version, String reason,
		@Nullable LifecycleEvent endingEvent) {
}
