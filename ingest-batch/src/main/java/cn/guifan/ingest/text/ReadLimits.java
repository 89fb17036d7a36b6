package cn.guifan.ingest.text;

/**
 * Limits that protect a run from one bad file.
 *
 * @param maxFileBytes files larger than this are refused
 * @param maxTextChars text beyond this many characters is refused (a document this long
 * is no regulation)
 */
public record ReadLimits(long maxFileBytes, int maxTextChars) {

	public static final ReadLimits DEFAULT = new ReadLimits(512L * 1024 * 1024, 20_000_000);

	public ReadLimits {
		if (maxFileBytes <= 0 || maxTextChars <= 0) {
			throw new IllegalArgumentException("read limits must be positive");
		}
	}

}
