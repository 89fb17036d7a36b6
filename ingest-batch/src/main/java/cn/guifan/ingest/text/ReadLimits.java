package cn.guifan.ingest.text;

import java.time.Duration;

/**
 * Limits that protect a run from one bad file.
 *
 * @param maxFileBytes files larger than this are refused ({@link ReadError#TOO_LARGE})
 * @param maxTextChars text beyond this many characters is refused (a document this long
 * is no regulation)
 * @param parseTimeout a parse (OCR included) that takes longer is abandoned and reported
 * ({@link ReadError#TIMEOUT})
 * @param maxAbandonedParses how many abandoned parses may still be running in the
 * background before reading stops altogether (see {@link ParseWatchdog})
 * @param maxArchiveEntries members of an archive, nested archives included
 * @param maxArchiveBytes uncompressed bytes of an archive, nested archives included
 * @param maxCompressionRatio uncompressed ÷ compressed size of one member (checked once a
 * member has expanded past 1 MiB)
 * @param maxArchiveDepth archives within archives: 1 means no nested archive
 */
public record ReadLimits(long maxFileBytes, int maxTextChars, Duration parseTimeout, int maxAbandonedParses,
		int maxArchiveEntries, long maxArchiveBytes, int maxCompressionRatio, int maxArchiveDepth) {

	public static final ReadLimits DEFAULT = new ReadLimits(512L * 1024 * 1024, 20_000_000, Duration.ofMinutes(3), 4,
			20_000, 2L * 1024 * 1024 * 1024, 100, 3);

	public ReadLimits {
		if (maxFileBytes <= 0 || maxTextChars <= 0 || maxAbandonedParses <= 0 || maxArchiveEntries <= 0
				|| maxArchiveBytes <= 0 || maxCompressionRatio <= 0 || maxArchiveDepth <= 0) {
			throw new IllegalArgumentException("read limits must be positive");
		}
		if (parseTimeout.isNegative() || parseTimeout.isZero()) {
			throw new IllegalArgumentException("the parse timeout must be positive");
		}
	}

	/** The default limits with other file and text size limits. */
	public ReadLimits(long maxFileBytes, int maxTextChars) {
		this(maxFileBytes, maxTextChars, DEFAULT.parseTimeout, DEFAULT.maxAbandonedParses, DEFAULT.maxArchiveEntries,
				DEFAULT.maxArchiveBytes, DEFAULT.maxCompressionRatio, DEFAULT.maxArchiveDepth);
	}

	public ReadLimits withParseTimeout(Duration timeout) {
		return new ReadLimits(this.maxFileBytes, this.maxTextChars, timeout, this.maxAbandonedParses,
				this.maxArchiveEntries, this.maxArchiveBytes, this.maxCompressionRatio, this.maxArchiveDepth);
	}

	public ReadLimits withMaxAbandonedParses(int max) {
		return new ReadLimits(this.maxFileBytes, this.maxTextChars, this.parseTimeout, max, this.maxArchiveEntries,
				this.maxArchiveBytes, this.maxCompressionRatio, this.maxArchiveDepth);
	}

	/** These limits with other archive limits. */
	public ReadLimits withArchiveLimits(int maxEntries, long maxBytes, int maxRatio, int maxDepth) {
		return new ReadLimits(this.maxFileBytes, this.maxTextChars, this.parseTimeout, this.maxAbandonedParses,
				maxEntries, maxBytes, maxRatio, maxDepth);
	}

}
