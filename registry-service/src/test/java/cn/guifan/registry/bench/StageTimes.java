package cn.guifan.registry.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
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
 * Each stage gets its wall-clock time and its threads' CPU time. On a machine with more
 * runnable threads than cores (Guifan's parsers, its storing thread, its segmenting
 * threads and Elasticsearch on two cores) wall-clock times include the waits for a core;
 * the CPU times say what each stage's work costs, and their shares where the CPU went.
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
			long cpu = e.hasField("cpuTime") ? e.getLong("cpuTime") : 0;
			byThread.computeIfAbsent(thread, (k) -> new ArrayList<>())
				.add(new Timed(e.getString("stage"), e.getInt("items"), start, start + nanos, cpu));
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
					open.peek().nestedCpu += t.cpu;
				}
				open.push(t);
			}
			for (Timed t : timed) {
				long[] total = totals.computeIfAbsent(t.stage, (k) -> new long[4]);
				total[0]++;
				total[1] += t.items;
				total[2] += Math.max(0, t.end - t.start - t.nested);
				total[3] += Math.max(0, t.cpu - t.nestedCpu);
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
					ordered.put(s, new Stage(s, t[0], t[1], t[2], t[3]));
				});
		}
		totals.forEach((s, t) -> ordered.putIfAbsent(s, new Stage(s, t[0], t[1], t[2], t[3])));
		return ordered;
	}

	/**
	 * Prints the stages of one run: own time in all, per file of the run, and share of
	 * the time measured. The metadata stages are summed in one line and listed below it
	 * when {@code detail} is set.
	 */
	static void print(String label, Map<String, Stage> stages, int files, boolean detail) {
		Stage all = sum("all stages", stages.values());
		Stage metadata = sum("metadata (all stages)",
				stages.values().stream().filter((s) -> s.name().startsWith(StageEvent.METADATA)).toList());
		System.out.printf(Locale.ROOT, "    %-12s where the time of %s went (threads' own time per stage)%n", "",
				label);
		System.out.printf(Locale.ROOT, "    %-30s %9s %9s %9s %9s %9s %6s%n", "stage", "events", "items", "wall s",
				"CPU s", "CPU ms/f", "CPU %");
		boolean metadataDone = false;
		for (Stage s : stages.values()) {
			if (s.name().startsWith(StageEvent.METADATA)) {
				if (!metadataDone) {
					line(metadata, files, all, false);
					metadataDone = true;
				}
				if (detail) {
					line(new Stage("  " + s.name().substring(StageEvent.METADATA.length()), s.events(), s.items(),
							s.nanos(), s.cpuNanos()), files, all, true);
				}
				continue;
			}
			line(s, files, all, true);
		}
		line(all, files, all, false);
	}

	private static Stage sum(String name, Collection<Stage> stages) {
		return new Stage(name, -1, -1, stages.stream().mapToLong(Stage::nanos).sum(),
				stages.stream().mapToLong(Stage::cpuNanos).sum());
	}

	/**
	 * One line: wall-clock and CPU time, CPU time per file and the stage's share of the
	 * CPU time measured. On a busy machine wall-clock times are inflated by the waits for
	 * a core; CPU times are not, and say what the work costs.
	 */
	private static void line(Stage s, int files, Stage all, boolean counts) {
		System.out.printf(Locale.ROOT, "    %-30s %9s %9s %9.2f %9.2f %9.3f %5.1f%%%n", s.name(),
				counts ? Long.toString(s.events()) : "", counts ? Long.toString(s.items()) : "", s.nanos() / 1e9,
				s.cpuNanos() / 1e9, s.cpuNanos() / 1e6 / Math.max(1, files),
				(all.cpuNanos() == 0) ? 0 : 100.0 * s.cpuNanos() / all.cpuNanos());
	}

	/**
	 * One stage of a run.
	 *
	 * @param name the stage
	 * @param events how many times it ran
	 * @param items documents or entries it handled
	 * @param nanos its own time, without the stages nested in it
	 * @param cpuNanos its threads' own CPU time, without the stages nested in it
	 */
	record Stage(String name, long events, long items, long nanos, long cpuNanos) {
	}

	private static final class Timed {

		final String stage;

		final int items;

		final long start;

		final long end;

		final long cpu;

		long nested;

		long nestedCpu;

		Timed(String stage, int items, long start, long end, long cpu) {
			this.stage = stage;
			this.items = items;
			this.start = start;
			this.end = end;
			this.cpu = cpu;
		}

		long start() {
			return this.start;
		}

		long end() {
			return this.end;
		}

	}

}
