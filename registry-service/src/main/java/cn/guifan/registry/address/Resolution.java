package cn.guifan.registry.address;

import java.util.List;

import cn.guifan.registry.document.DocumentSummary;

/**
 * What a reference to a document names.
 *
 * @param reference the reference as asked, trimmed
 * @param matchedBy how it matched
 * @param documents the documents it names that the asker may see, in id order
 */
public record Resolution(String reference, Match matchedBy, List<DocumentSummary> documents) {

	public Resolution {
		documents = List.copyOf(documents);
	}

	/** How a reference matched. */
	public enum Match {

		/** The registry id. */
		ID,

		/** A 发文字号, in any printed form. */
		DOC_NUMBER,

		/** A 统一登记号. */
		REGISTRATION_NUMBER,

		/** Nothing. */
		NONE

	}

}
