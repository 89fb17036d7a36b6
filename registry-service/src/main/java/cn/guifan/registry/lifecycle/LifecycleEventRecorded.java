package cn.guifan.registry.lifecycle;

import java.time.LocalDate;

import cn.guifan.schemas.lifecycle.LifecycleEventType;
import org.jspecify.annotations.Nullable;

/**
 * A registrar recorded an event on a document (an amendment, a repeal…). Published by
 * {@link LifecycleService#record} inside the transaction that stores the event, so that a
 * feature reacting to it (the cleanup campaigns, which propose a review of the documents
 * based on a changed one) commits with it or not at all.
 *
 * @param documentId the document the event happened to
 * @param type what happened
 * @param date when it was decided
 * @param takesEffect when it takes effect
 * @param causedByDocumentId the registry document that caused it, if any
 * @param actor who recorded it
 */
public record LifecycleEventRecorded(long documentId, LifecycleEventType type, LocalDate date, LocalDate takesEffect,
		@Nullable Long causedByDocumentId, String actor) {
}
