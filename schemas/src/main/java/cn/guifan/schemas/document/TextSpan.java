package cn.guifan.schemas.document;

/**
 * A position in a document's text: {@code [start, end)} in UTF-16 code units.
 */
public record TextSpan(int start, int end) {

	public TextSpan {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
		}
	}

}
