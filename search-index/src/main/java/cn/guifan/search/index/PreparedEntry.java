package cn.guifan.search.index;

import java.util.Map;

/**
 * An index entry whose JSON source is built (text segmented), ready to be sent.
 *
 * @param entryId the id of the entry in the index
 * @param documentId the document it belongs to
 * @param source the JSON source
 */
public record PreparedEntry(String entryId, String documentId, Map<String, Object> source) {

	public static PreparedEntry of(IndexEntry entry, IndexSourceBuilder builder) {
		return new PreparedEntry(entry.entryId(), entry.documentId(), builder.build(entry));
	}

}
