package cn.guifan.registry.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.guifan.ingest.timing.StageEvent;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a run's time went, stage by stage: records the pipeline's {@link StageEvent}s
 * with the flight recorder while a run lasts, then sums each stage's own time (its
 * events' durations less those of the stages nested in them on the same thread: storing a
 * document runs its lifecycle, which resolves references).
 * <p>
 * Times are wall-clock times of the threads doing the work; on a CPU-bound run they are
 * CPU time, and their shares say where the CPU went.
 */
final class StageTimes implements AutoCloseable {

	/**
	 * The stages in pipeline order; others (the metadata stages) go where they belong.
	 */
	private static final List<String> ORDER = List.of(StageEvent.READ, StageEvent.LOOKUP, StageEvent.DETECT,
			StageEvent.PARSE, StageEvent.METADATA, StageEvent.STORE, StageEvent.LIFECYCLE, StageEvent.REFERENCES,
			StageEvent.OUTBOX, StageEvent.COMMIT, StageEvent.INDEX_LOAD, StageEvent.SEGMENT, StageEvent.BULK);

	private final Recording recording = new Recording();

	private StageTimes() {
		this.recording.enable(StageEvent.NAME).withThreshold(Duration.ZERO);
		this.recording.setToDisk(true);
		this.recording.start();
	}

	/** Starts recording the stages. */
	static StageTimes start() {
		return new StageTimes();
	}

	/** Stops recording and sums each stage's own time. */
	Map<String, Stage> stop() throws IOException {
		this.recording.stop();
		Path file = Files.createTempFile("guifan-stages", ".jfr");
		try {
			this.recording.dump(file);
			return summarize(RecordingFile.readAllEvents(file));
		}
		finally {
			Files.deleteIfExists(file);
			this.recording.close();
		}
	}

	@Override
	public void close() {
		this.recording.close();
	}

	/** Each stage's events, items and own time, in pipeline order. */
	static Map<String, Stage> summarize(List<RecordedEvent> events) {
		Map<Long, List<Timed>> byThread = new HashMap<>();
		for (RecordedEvent e : events) {
			if (!e.getEventType().getName().equals(StageEvent.NAME)) {
				continue;
			}
			long thread = (e.getThread() != null) ? e.getThread().getJavaThreadId() : -1;
			long start = e.getStartTime().getEpochSecond() * 1_000_000_000L + e.getStartTime().getNano();
			long nanos = e.getDuration().toNanos();
			byThread.computeIfAbsent(thread, (k) -> new ArrayList<>())
				.add(new Timed(e.getString("stage"), e.getInt("items"), start, start + nanos));
		}
		Map<String, long[]> totals = new HashMap<>();
		for (List<Timed> timed : byThread.values()) {
			timed.sort(Comparator.comparingLong(Timed::start)
				.thenComparing(Comparator.comparingLong(Timed::end).reversed()));
			Deque<Timed> open = new ArrayDeque<>();
			for (Timed t : timed) {
				while (!open.isEmpty() && open.peek().end <= t.start) {
					open.pop();
				}
				if (!open.isEmpty() && t.end <= open.peek().end) {
					open.peek().nested += t.end - t.start;
				}
				open.push(t);
			}
			for (Timed t : timed) {
				long[] total = totals.computeIfAbsent(t.stage, (k) -> new long[3]);
				total[0]++;
				total[1] += t.items;
				total[2] += Math.max(0, t.end - t.start - t.nested);
			}
		}
		Map<String, Stage> ordered = new LinkedHashMap<>();
		for (String name : ORDER) {
			totals.keySet()
				.stream()
				.filter((s) -> s.equals(name) || (name.endsWith(".") && s.startsWith(name)))
				.sorted()
				.forEach((s) -> {
					long[] t = totals.get(s);
					ordered.put(s, new Stage(s, t[0], t[1], t[2]));
				});
		}
		totals.forEach((s, t) -> ordered.putIfAbsent(s, new Stage(s, t[0], t[1], t[2])));
		return ordered;
	}

	/**
	 * Prints the stages of one run: own time in all, per file of the run, and share of
	 * the time measured. The metadata stages are summed in one line and listed below it
	 * when {@code detail} is set.
	 */
	static void print(String label, Map<String, Stage> stages, int files, boolean detail) {
		long all = stages.values().stream().mapToLong(Stage::nanos).sum();
		long metadata = stages.values()
			.stream()
			.filter((s) -> s.name().startsWith(StageEvent.METADATA))
			.mapToLong(Stage::nanos)
			.sum();
		System.out.printf(Locale.ROOT, "    %-12s where the time of %s went (threads' own time per stage)%n", "",
				label);
		System.out.printf(Locale.ROOT, "    %-30s %9s %9s %10s %9s %6s%n", "stage", "events", "items", "total s",
				"ms/file", "share");
		boolean metadataDone = false;
		for (Stage s : stages.values()) {
			if (s.name().startsWith(StageEvent.METADATA)) {
				if (!metadataDone) {
					line("metadata (all stages)", -1, -1, metadata, files, all);
					metadataDone = true;
				}
				if (detail) {
					line("  " + s.name().substring(StageEvent.METADATA.length()), s.events(), s.items(), s.nanos(),
							files, all);
				}
				continue;
			}
			line(s.name(), s.events(), s.items(), s.nanos(), files, all);
		}
		line("all stages", -1, -1, all, files, all);
	}

	private static void line(String name, long events, long items, long nanos, int files, long all) {
		System.out.printf(Locale.ROOT, "    %-30s %9s %9s %10.2f %9.3f %5.1f%%%n", name,
				(events < 0) ? "" : Long.toString(events), (items < 0) ? "" : Long.toString(items), nanos / 1e9,
				nanos / 1e6 / Math.max(1, files), (all == 0) ? 0 : 100.0 * nanos / all);
	}

	/**
	 * One stage of a run.
	 *
	 * @param name the stage
	 * @param events how many times it ran
	 * @param items documents or entries it handled
	 * @param nanos its own time, without the stages nested in it
	 */
	record Stage(String name, long events, long items, long nanos) {
	}

	private static final class Timed {

		final String stage;

		final int items;

		final long start;

		final long end;

		long nested;

		Timed(String stage, int items, long start, long end) {
			this.stage = stage;
			this.items = items;
			this.start = start;
			this.end = end;
		}

		long start() {
			return this.start;
		}

		long end() {
			return this.end;
		}

	}

}
