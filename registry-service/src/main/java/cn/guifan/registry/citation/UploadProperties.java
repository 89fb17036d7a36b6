package cn.guifan.registry.citation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How uploaded drafts are read ({@code guifan.citation-check.*}). Anyone may upload a
 * draft, so what one upload may cost is bounded: its text by the checker's own limit
 * (applied while the file is read), its time by the parse watchdog of ingest, and the
 * number read at once by {@code maxConcurrentParses}.
 *
 * @param maxConcurrentParses uploads parsed at the same time; more are refused as busy
 * @param queueWait how long an upload waits for a free parse before it is refused
 */
@ConfigurationProperties("guifan.citation-check")
record UploadProperties(@DefaultValue("2") int maxConcurrentParses, @DefaultValue("2s") Duration queueWait) {

	UploadProperties {
		if (maxConcurrentParses < 1) {
			throw new IllegalArgumentException("guifan.citation-check.max-concurrent-parses must be at least 1");
		}
	}

}
