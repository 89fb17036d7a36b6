package cn.guifan.registry.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * <p>
 * The references of a document are resolved together ({@link #resolveAll}), with a fixed
 * number of queries however many it makes: a law cites dozens of others, and ingest
 * resolves every citation of every document.
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
		Reference reference = new Reference(normalizedNumber, title);
		return candidates(List.of(reference)).get(0);
	}

	/** The candidates of each reference, in order, with two queries for them all. */
	private List<List<Long>> candidates(List<Reference> references) {
		Set<String> numbers = new LinkedHashSet<>();
		Set<String> titles = new LinkedHashSet<>();
		for (Reference r : references) {
			if (r.normalizedNumber() != null) {
				numbers.add(r.normalizedNumber());
			}
			if (r.title() != null && !r.title().isBlank()) {
				titles.add(r.title());
			}
		}
		Map<String, List<Long>> numbered = this.documents.idsNumbered(numbers);
		Map<String, List<Long>> titled = this.documents.idsTitled(titles);
		List<List<Long>> candidates = new ArrayList<>(references.size());
		for (Reference r : references) {
			Set<Long> found = new LinkedHashSet<>();
			if (r.normalizedNumber() != null) {
				found.addAll(numbered.getOrDefault(r.normalizedNumber(), List.of()));
			}
			if (r.title() != null && !r.title().isBlank()) {
				List<Long> byTitle = titled.getOrDefault(r.title(), List.of());
				if (found.isEmpty()) {
					found.addAll(byTitle);
				}
				else if (found.size() > 1) {
					// Several documents with that number: the title says which.
					Set<Long> both = new LinkedHashSet<>(found);
					both.retainAll(byTitle);
					if (!both.isEmpty()) {
						found = both;
					}
				}
			}
			candidates.add(List.copyOf(found));
		}
		return candidates;
	}

	/**
	 * The one document a reference made by {@code from} on {@code asOf} means, if there
	 * is exactly one that fits.
	 */
	public Optional<Long> resolve(@Nullable String normalizedNumber, @Nullable String title, long from,
			@Nullable LocalDate asOf) {
		return resolveAll(List.of(new Reference(normalizedNumber, title)), from, asOf).get(0);
	}

	/**
	 * What each of the references made by {@code from} on {@code asOf} means, in order:
	 * {@link #resolve} for all of them, with a fixed number of queries.
	 */
	public List<Optional<Long>> resolveAll(List<Reference> references, long from, @Nullable LocalDate asOf) {
		if (references.isEmpty()) {
			return List.of();
		}
		StageEvent timing = StageEvent.start(StageEvent.REFERENCES);
		List<List<Long>> candidates = candidates(references);
		Set<Long> all = new HashSet<>();
		candidates.forEach(all::addAll);
		all.remove(from);
		Map<Long, LocalDate> made = (asOf != null) ? this.timelines.earliestDates(all) : Map.of();
		List<List<Long>> existing = new ArrayList<>(candidates.size());
		Set<Long> ambiguous = new HashSet<>();
		for (List<Long> ids : candidates) {
			List<Long> fitting = ids.stream()
				.filter((id) -> id != from)
				.filter((id) -> existedBy(made.get(id), asOf))
				.toList();
			existing.add(fitting);
			if (fitting.size() > 1 && asOf != null) {
				ambiguous.addAll(fitting);
			}
		}
		Map<Long, Timeline> timelines = this.timelines.timelines(ambiguous);
		List<Optional<Long>> resolved = new ArrayList<>(references.size());
		for (List<Long> fitting : existing) {
			resolved.add((fitting.size() <= 1 || asOf == null) ? fitting.stream().findFirst()
					: inForceOn(fitting, timelines, asOf));
		}
		timing.finish(references.size());
		return resolved;
	}

	/**
	 * The one of several documents in force when the reference was made: started by then,
	 * latest start first.
	 */
	private static Optional<Long> inForceOn(List<Long> candidates, Map<Long, Timeline> timelines, LocalDate asOf) {
		Long best = null;
		LocalDate bestStart = null;
		for (Long id : candidates) {
			LocalDate start = timelines.getOrDefault(id, Timeline.EMPTY).start();
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
	 * Whether a document made on {@code made} existed by {@code day}: a reference cannot
	 * mean a document made after the referring one (the 2014 反间谍法 repeals the 1993 国家安全法,
	 * not the 2015 law of the same name). A document with no known date may be meant.
	 */
	static boolean existedBy(@Nullable LocalDate made, @Nullable LocalDate day) {
		return day == null || made == null || !made.isAfter(day);
	}

	/**
	 * A reference as a text makes it.
	 *
	 * @param normalizedNumber the doc number it gives, normalized
	 * @param title the title or short name it gives
	 */
	public record Reference(@Nullable String normalizedNumber, @Nullable String title) {
	}

}
