package cn.guifan.ingest.timing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * A Java Flight Recorder event: how long one stage of the pipeline took for one document
 * (or one batch of them). Reading, type detection, parsing and each metadata stage are
 * timed here in the ingest job; storing, lifecycle, reference resolution, the outbox,
 * segmentation and bulk writes by the registry. The ingest benchmark records these events
 * and sums them per stage, so that a regression points at its stage; a recording started
 * with {@code -XX:StartFlightRecording} shows them beside the method profile.
 * <p>
 * Stages nest (storing a document records its lifecycle, which resolves references): each
 * event covers its own stage with the stages run inside it; the benchmark subtracts
 * those. When no recording is running the event costs next to nothing: the flight
 * recorder leaves {@code begin} and {@code commit} empty.
 */
@Name(StageEvent.NAME)
@Label("Guifan pipeline stage")
@Category("Guifan")
@Description("Time one stage of ingest or indexing took")
@StackTrace(false)
public final class StageEvent extends Event {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/** The event's name in a recording. */
	public static final String NAME = "cn.guifan.Stage";

	/** Listing the files and reading each one's bytes for its digest. */
	public static final String READ = "read";

	/** Asking the registry whether it holds a file already (by its digest). */
	public static final String LOOKUP = "lookup";

	/** Detecting the type of a file. */
	public static final String DETECT = "detect";

	/** Parsing a file into text (Tika, the OFD parser, OCR) and cleaning the text. */
	public static final String PARSE = "parse";

	/** Prefix of the metadata stages, each named by its class: metadata.TitleStage. */
	public static final String METADATA = "metadata.";

	/** Storing a document: de-duplication, versions, source files. */
	public static final String STORE = "store";

	/** Recording a document's lifecycle from its text: events and relations. */
	public static final String LIFECYCLE = "lifecycle";

	/** Resolving the documents a reference names. */
	public static final String REFERENCES = "references";

	/** Queueing changed documents for the index, claiming and completing the queue. */
	public static final String OUTBOX = "outbox";

	/** Committing a chunk's transaction. */
	public static final String COMMIT = "commit";

	/** Reading queued documents from the registry as index entries. */
	public static final String INDEX_LOAD = "index-load";

	/** Segmenting an index entry's text with HanLP and building its source. */
	public static final String SEGMENT = "segment";

	/** Sending a bulk request to Elasticsearch and reading its answer. */
	public static final String BULK = "bulk";

	@Label("Stage")
	@Description("The pipeline stage, e.g. parse, metadata.TitleStage, store, segment, bulk")
	String stage;

	@Label("Items")
	@Description("Documents or index entries the stage handled")
	int items;

	@Label("CPU time")
	@Description("CPU time of the thread while the stage ran, nested stages included")
	@Timespan(Timespan.NANOSECONDS)
	long cpuTime;

	private StageEvent(String stage) {
		this.stage = stage;
	}

	/**
	 * Starts timing a stage. While a recording takes these events, the thread's CPU time
	 * is read too: on a machine with more runnable threads than cores a stage's duration
	 * counts the time its thread waited for a core, its CPU time does not.
	 */
	public static StageEvent start(String stage) {
		StageEvent event = new StageEvent(stage);
		if (event.isEnabled()) {
			event.cpuTime = -THREADS.getCurrentThreadCpuTime();
		}
		event.begin();
		return event;
	}

	/** The stage ended, having handled one item. */
	public void finish() {
		finish(1);
	}

	/** The stage ended, having handled this many items. */
	public void finish(int count) {
		this.items = count;
		if (isEnabled()) {
			this.cpuTime += THREADS.getCurrentThreadCpuTime();
		}
		commit();
	}

}
