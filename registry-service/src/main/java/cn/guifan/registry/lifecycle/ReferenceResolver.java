package cn.guifan.registry.lifecycle;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.guifan.ingest.timing.StageEvent;
import cn.guifan.registry.document.Documents;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds the registry document a reference names: by its doc number in any printed form,
 * else by its full title or a name it is known by. When several documents carry the name
 * (a regulation re-enacted under the same title), the one in force on the referring
 * document's date is meant; never one made after it.
 */
@Component
public class ReferenceResolver {

	private final Documents documents;

	private final Timelines timelines;

	ReferenceResolver(Documents documents, Timelines timelines) {
		this.documents = documents;
		this.timelines = timelines;
	}

	/** All documents the reference may mean, best first. */
	public List<Long> candidates(@Nullable String normalizedNumber, @Nullable String title) {
		Set<Long> found = new LinkedHashSet<>();
		if (normalizedNumber != null) {
			found.addAll(this.documents.idsNumbered(normalizedNumber));
		}
		if (title != null && !title.isBlank()) {
			List<Long> titled = this.documents.idsTitled(title);
			if (found.isEmpty()) {
				found.addAll(titled);
			}
			else if (found.size() > 1) {
				// Several documents with that number: the title says which.
				Set<Long> both = new LinkedHashSet<>(found);
				both.retainAll(titled);
				if (!both.isEmpty()) {
					found = both;
				}
			}
		}
		return List.copyOf(found);
	}

	/**
	 * The one document a reference made by {@code from} on {@code asOf} means, if there
	 * is exactly one that fits.
	 */
	public Optional<Long> resolve(@Nullable String normalizedNumber, @Nullable String title, long from,
			@Nullable LocalDate asOf) {
		StageEvent timing = StageEvent.start(StageEvent.REFERENCES);
		try {
			return resolveTimed(normalizedNumber, title, from, asOf);
		}
		finally {
			timing.finish();
		}
	}

	private Optional<Long> resolveTimed(@Nullable String normalizedNumber, @Nullable String title, long from,
			@Nullable LocalDate asOf) {
		List<Long> candidates = candidates(normalizedNumber, title).stream()
			.filter((id) -> id != from)
			.filter((id) -> existedBy(id, asOf))
			.toList();
		if (candidates.size() <= 1 || asOf == null) {
			return candidates.stream().findFirst();
		}
		// The one in force when the reference was made: started by then, latest start
		// first.
		Long best = null;
		LocalDate bestStart = null;
		for (Long id : candidates) {
			Timeline timeline = this.timelines.timeline(id);
			LocalDate start = timeline.start();
			if (start != null && start.isAfter(asOf)) {
				continue;
			}
			if (best == null || (start != null && (bestStart == null || start.isAfter(bestStart)))) {
				best = id;
				bestStart = start;
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * Whether the document was made by {@code day}: a reference cannot mean a document
	 * made after the referring one (the 2014 反间谍法 repeals the 1993 国家安全法, not the 2015
	 * law of the same name). A document with no known date may be meant.
	 */
	public boolean existedBy(long documentId, @Nullable LocalDate day) {
		if (day == null) {
			return true;
		}
		LocalDate made = this.timelines.earliestDate(documentId).orElse(null);
		return made == null || !made.isAfter(day);
	}

}
