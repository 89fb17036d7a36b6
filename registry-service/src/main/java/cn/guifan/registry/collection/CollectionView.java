package cn.guifan.registry.collection;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A collection as the API shows it: definition, state, progress and where its files are.
 *
 * @param id its number
 * @param title 汇编名称
 * @param asOf the date its texts and statuses are taken as of
 * @param groupBy how it is grouped
 * @param order how it is ordered within parts
 * @param scope which documents
 * @param state QUEUED, RESOLVING, WRITING, DONE, FAILED
 * @param stateLabel the state in Chinese
 * @param total documents in it
 * @param written documents written so far
 * @param percent progress, 0–100
 * @param publicCollection whether anonymous users may see it
 * @param contentDigest SHA-256 of its content, the same for every build of the same
 * content
 * @param error why the last build failed
 * @param createdBy who defined it
 * @param createdAt when
 * @param builtAt when it was last built
 * @param pdf where to download the PDF, once built
 * @param docx where to download the DOCX, once built
 */
public record CollectionView(long id, String title, LocalDate asOf, String groupBy, String order,
		CollectionDefinition.Scope scope, String state, String stateLabel, int total, int written, int percent,
		boolean publicCollection, @Nullable String contentDigest, @Nullable String error, String createdBy,
		Instant createdAt, @Nullable Instant builtAt, @Nullable String pdf, @Nullable String docx) {

	static CollectionView of(CompiledCollection c) {
		CollectionDefinition d = c.definition();
		String base = "/api/v1/collections/" + c.id();
		return new CollectionView(c.id(), d.title(), d.asOf(), d.groupBy().name(), d.order().name(), d.scope(),
				c.state().name(), c.state().label(), c.total(), c.written(), c.percent(), c.publicCollection(),
				c.contentDigest(), c.error(), c.createdBy(), c.createdAt(), c.builtAt(),
				c.ready() ? base + ".pdf" : null, c.ready() ? base + ".docx" : null);
	}

}
