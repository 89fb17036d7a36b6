package cn.guifan.registry.document;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The one rule for who may see a document, and so anything that names it: a link to it,
 * its id, title or doc number, a line of its text quoted on another document's timeline,
 * a message that mentions it. Whoever renders a document or a link to one (a page, an API
 * answer, a message, a feed, an export, a collection) asks here first.
 * <p>
 * Public documents (主动公开, or no disclosure stated, as for laws) may be seen by everyone;
 * documents disclosed on request only or not at all (依申请公开, 不予公开) only by those allowed
 * to see restricted documents (registrars and administrators: the caller passes
 * {@code CurrentUser.maySeeRestricted()}). A document that does not exist is seen by no
 * one.
 */
@Component
public class Visibility {

	/**
	 * What a document hidden from the asker is called where something must be said of it
	 * (the cause of a repeal on a public document's timeline).
	 */
	public static final String HIDDEN_DOCUMENT = "未公开的文件";

	private final DocumentStore store;

	Visibility(DocumentStore store) {
		this.store = store;
	}

	/** Whether the asker may see the document (false when it does not exist). */
	public boolean maySee(long id, boolean includeRestricted) {
		return summary(id, includeRestricted).isPresent();
	}

	/** The document, if it exists and the asker may see it. */
	public Optional<DocumentSummary> summary(long id, boolean includeRestricted) {
		return this.store.summary(id).filter((s) -> allows(s, includeRestricted));
	}

	/**
	 * The documents among the ids that exist and that the asker may see, in id order; one
	 * read however many ids.
	 */
	public Map<Long, DocumentSummary> summaries(Collection<Long> ids, boolean includeRestricted) {
		Map<Long, DocumentSummary> visible = new LinkedHashMap<>();
		this.store.summaries(ids).forEach((id, s) -> {
			if (allows(s, includeRestricted)) {
				visible.put(id, s);
			}
		});
		return visible;
	}

	/** The ids among these that the asker may see, in the order given. */
	public Set<Long> visible(Collection<Long> ids, boolean includeRestricted) {
		Set<Long> seen = summaries(ids, includeRestricted).keySet();
		Set<Long> visible = new LinkedHashSet<>();
		for (Long id : ids) {
			if (seen.contains(id)) {
				visible.add(id);
			}
		}
		return visible;
	}

	/** The rule itself, for a summary already read. */
	public static boolean allows(DocumentSummary document, boolean includeRestricted) {
		return includeRestricted || document.isPublic();
	}

}
